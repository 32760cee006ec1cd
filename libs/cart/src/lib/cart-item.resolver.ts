import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '@flagship/api-core';
import { ProductImage, ProductImageService } from '@flagship/catalog';
import { CartItem } from './dto/cart.types';

@Resolver(() => CartItem)
export class CartItemResolver {
  constructor(private readonly productImages: ProductImageService) {}

  /** The line's picture without going through the product: a cart fragment stays within the query depth limit. */
  @ResolveField(() => ProductImage, { nullable: true, description: 'The product’s main photo (none when it has none).' })
  image(@Parent() item: CartItem, @Loaders() loaders: RequestLoaders): Promise<ProductImage | null> {
    return this.productImages.mainPhoto(loaders, item.product.id);
  }
}
