import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, Loaders, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Image } from '@flagship/media';
import { Brand } from '../brand/brand.entity';
import { BrandPolicy } from '../brand/brand.policy';
import { BrandImageSlot } from './brand-image.entity';
import { BrandImageService } from './brand-image.service';

/** The brand's images; they are uploaded with POST /brand/images/:slot (multipart `file` + `alt`). */
@Resolver(() => Brand)
export class BrandImageResolver {
  constructor(private readonly brandImages: BrandImageService) {}

  @ResolveField(() => Image, { nullable: true, description: 'The brand’s logo mark, shown beside its name.' })
  logo(@Parent() brand: Brand, @Loaders() loaders: RequestLoaders): Promise<Image | null> {
    return this.brandImages.imageOf(loaders, brand.id, BrandImageSlot.LOGO);
  }

  @ResolveField(() => Image, { nullable: true, description: 'The wide picture of the home page’s hero.' })
  heroImage(@Parent() brand: Brand, @Loaders() loaders: RequestLoaders): Promise<Image | null> {
    return this.brandImages.imageOf(loaders, brand.id, BrandImageSlot.HERO);
  }

  @Authenticated()
  @Guards(BrandPolicy, 'manage')
  @Mutation(() => Brand, { description: 'Remove the brand’s logo or hero image; its files are deleted once that is committed.' })
  removeBrandImage(@CurrentViewer() viewer: Viewer, @Args('slot', { type: () => BrandImageSlot }) slot: BrandImageSlot): Promise<Brand> {
    return this.brandImages.remove(viewer, slot);
  }
}
