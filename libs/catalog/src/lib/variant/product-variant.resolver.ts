import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, type Viewer } from '@flagship/api-core';
import { AdjustStockArgs, SetStockArgs, UpdateVariantInput, VariantInput } from './dto/variant.input';
import { ProductVariant } from './product-variant.entity';
import { ProductVariantService } from './product-variant.service';
import { ProductPolicy } from '../product/product.policy';

@Resolver(() => ProductVariant)
export class ProductVariantResolver {
  constructor(private readonly variantService: ProductVariantService) {}

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductVariant)
  addProductVariant(@CurrentViewer() viewer: Viewer, @IdArg('productId') productId: string, @Args('input') input: VariantInput): Promise<ProductVariant> {
    return this.variantService.add(viewer, productId, input);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductVariant, { description: 'Change a variant: its name, SKU, size, colour or price (stock: adjustVariantStock).' })
  updateProductVariant(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: UpdateVariantInput): Promise<ProductVariant> {
    return this.variantService.update(viewer, id, input);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductVariant, { description: 'Add or take away units of stock; never below zero (CONFLICT on `delta`).' })
  adjustVariantStock(@CurrentViewer() viewer: Viewer, @Args() { variantId, delta }: AdjustStockArgs): Promise<ProductVariant> {
    return this.variantService.adjustStock(viewer, variantId, delta);
  }

  @Authenticated()
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductVariant, { description: 'Set the stock, only if it is still `expectedStock` (CONFLICT on `expectedStock` otherwise).' })
  setVariantStock(@CurrentViewer() viewer: Viewer, @Args() { variantId, stock, expectedStock }: SetStockArgs): Promise<ProductVariant> {
    return this.variantService.setStock(viewer, variantId, stock, expectedStock);
  }
}
