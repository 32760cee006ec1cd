import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, type Viewer } from '@flagship/api-core';
import { Product } from '../product/product.entity';
import { ProductPolicy } from '../product/product.policy';
import { ProductImage } from './product-image.entity';
import { ProductImageService } from './product-image.service';

/** Photos are uploaded with POST /catalog/products/:id/images (multipart `file` + `alt`); the rest is here. */
@Resolver(() => ProductImage)
export class ProductImageResolver {
  constructor(private readonly imageService: ProductImageService) {}

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductImage, { description: 'Change a product photo’s text alternative.' })
  updateProductImage(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('alt') alt: string): Promise<ProductImage> {
    return this.imageService.updateAlt(viewer, id, alt);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => Product, { description: 'Put a product’s photos in this order (every one, once); the first is the main photo.' })
  reorderProductImages(
    @CurrentViewer() viewer: Viewer,
    @IdArg('productId') productId: string,
    @Args('imageIds', { type: () => [ID] }) imageIds: string[],
  ): Promise<Product> {
    return this.imageService.reorder(viewer, productId, imageIds);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => Product, { description: 'Make a photo its product’s main photo (first); the others keep their order.' })
  setMainProductImage(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Product> {
    return this.imageService.setMain(viewer, id);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => Boolean, { description: 'Remove a product photo; its files are deleted once that is committed.' })
  removeProductImage(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    return this.imageService.remove(viewer, id);
  }
}
