import { Mutation, Resolver } from '@nestjs/graphql';
import { Role, Roles, IdArg } from '@flagship/api-core';
import { ProductImage } from './product-image.entity';
import { ProductImageService } from './product-image.service';

@Resolver(() => ProductImage)
export class ProductImageResolver {
  constructor(private readonly imageService: ProductImageService) {}

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => Boolean, { description: 'Remove a product photo. (Upload: POST /catalog/products/:id/images.)' })
  removeProductImage(@IdArg('id') id: string): Promise<boolean> {
    return this.imageService.remove(id);
  }
}
