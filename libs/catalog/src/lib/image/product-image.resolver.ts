import { Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, type Viewer } from '@flagship/api-core';
import { ProductImage } from './product-image.entity';
import { ProductImageService } from './product-image.service';
import { ProductPolicy } from '../product/product.policy';

@Resolver(() => ProductImage)
export class ProductImageResolver {
  constructor(private readonly imageService: ProductImageService) {}

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => Boolean, { description: 'Remove a product photo. (Upload: POST /catalog/products/:id/images.)' })
  removeProductImage(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    return this.imageService.remove(viewer, id);
  }
}
