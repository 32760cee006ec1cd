import { Field, Int, ObjectType } from '@nestjs/graphql';
import { imageSrcset, imageUrl, type StoredImage } from './image-store';

/**
 * An image ready for `<img>`: `url` and a `srcset` of WebP variants, its size (for the space a page
 * reserves before it loads) and its text alternative. Product photos have the same fields and more.
 */
@ObjectType('Image', { description: 'An image in several widths, with its size and text alternative.' })
export class Image {
  @Field({ description: 'The variant to use without srcset: the widest up to 1280 pixels.' })
  url!: string;

  @Field({ description: 'Text alternative for people who cannot see the image.' })
  alt!: string;

  @Field(() => Int, { description: 'Width of the widest variant, in pixels.' })
  width!: number;

  @Field(() => Int, { description: 'Height of the widest variant, in pixels.' })
  height!: number;

  @Field({ description: 'Every variant with its width, for <img srcset>: "/media/…/320.webp 320w, …".' })
  srcset!: string;

  static of(stored: StoredImage, alt: string): Image {
    return Object.assign(new Image(), { url: imageUrl(stored), alt, width: stored.width, height: stored.height, srcset: imageSrcset(stored) });
  }
}
