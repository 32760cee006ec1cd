import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Guards, IdArg, Role, Roles } from '@flagship/api-core';
import { AdjustStockArgs, SetStockArgs, UpdateVariantInput, VariantInput } from './dto/variant.input';
import { ProductVariant } from './product-variant.entity';
import { ProductVariantService } from './product-variant.service';
import { ProductPolicy } from '../product/product.policy';

@Resolver(() => ProductVariant)
export class ProductVariantResolver {
  constructor(private readonly variantService: ProductVariantService) {}

  @Roles(Role.BRAND_MANAGER)
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductVariant)
  addProductVariant(@IdArg('productId') productId: string, @Args('input') input: VariantInput): Promise<ProductVariant> {
    return this.variantService.add(productId, input);
  }

  @Roles(Role.BRAND_MANAGER)
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductVariant, { description: 'Change a variant: its name, SKU, size, colour or price (stock: adjustVariantStock).' })
  updateProductVariant(@IdArg('id') id: string, @Args('input') input: UpdateVariantInput): Promise<ProductVariant> {
    return this.variantService.update(id, input);
  }

  @Roles(Role.BRAND_MANAGER)
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductVariant, { description: 'Add or take away units of stock; never below zero (CONFLICT on `delta`).' })
  adjustVariantStock(@Args() { variantId, delta }: AdjustStockArgs): Promise<ProductVariant> {
    return this.variantService.adjustStock(variantId, delta);
  }

  @Roles(Role.BRAND_MANAGER)
  @Guards(ProductPolicy, 'manage')
  @Mutation(() => ProductVariant, { description: 'Set the stock, only if it is still `expectedStock` (CONFLICT on `expectedStock` otherwise).' })
  setVariantStock(@Args() { variantId, stock, expectedStock }: SetStockArgs): Promise<ProductVariant> {
    return this.variantService.setStock(variantId, stock, expectedStock);
  }
}
