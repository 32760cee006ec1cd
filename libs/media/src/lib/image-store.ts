import { Injectable } from '@nestjs/common';
import { MediaStorage } from './media-storage';
import type { ProcessedImage } from './image-encoding';

/**
 * Where an image's variants are and how big it is: `<key>/<width>.webp` for each of `widths`. Rows that
 * show images (product photos, the brand's logo and hero) keep these four values.
 */
export interface StoredImage {
  /** The folder of the variants, e.g. `products/<productId>/<imageId>`. */
  key: string;
  width: number;
  height: number;
  /** The variants' widths, ascending. */
  widths: number[];
}

/** The variant a client takes when it reads no `srcset` (and link previews): about a laptop screen wide. */
const DEFAULT_WIDTH = 1280;

export const variantUrl = (image: Pick<StoredImage, 'key'>, width: number) => `/media/${image.key}/${width}.webp`;

/** The `src` of an image: the widest variant up to 1280 pixels. */
export function imageUrl(image: StoredImage): string {
  const fits = image.widths.filter((w) => w <= DEFAULT_WIDTH);
  return variantUrl(image, fits.length ? fits[fits.length - 1] : image.widths[0]);
}

/** A ready `srcset`: "/media/…/320.webp 320w, /media/…/640.webp 640w, …". */
export function imageSrcset(image: StoredImage): string {
  return image.widths.map((w) => `${variantUrl(image, w)} ${w}w`).join(', ');
}

/** Writes and removes an image's variants. */
@Injectable()
export class ImageStore {
  constructor(private readonly storage: MediaStorage) {}

  /**
   * Writes every variant under `key`. Called before the row that points at them is saved; if a write
   * fails, what was written is removed again.
   */
  async save(key: string, image: ProcessedImage): Promise<StoredImage> {
    const written: string[] = [];
    try {
      for (const variant of image.variants) {
        const file = `${key}/${variant.width}.webp`;
        await this.storage.put(file, variant.data, 'image/webp');
        written.push(file);
      }
    } catch (error) {
      await Promise.all(written.map((file) => this.storage.delete(file)));
      throw error;
    }
    return { key, width: image.width, height: image.height, widths: image.variants.map((v) => v.width) };
  }

  /** Removes every variant (a missing one is no error). Call it after the commit that forgot the image. */
  async remove(image: Pick<StoredImage, 'key' | 'widths'>): Promise<void> {
    await Promise.all(image.widths.map((w) => this.storage.delete(`${image.key}/${w}.webp`)));
  }
}
