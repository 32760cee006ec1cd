import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role, Roles, IdArg } from '@flagship/api-core';
import { UpdateVariantInput, VariantInput } from './dto/variant.input';
import { ProductVariant } from './product-variant.entity';
import { ProductVariantService } from './product-variant.service';

@Resolver(() => ProductVariant)
export class ProductVariantResolver {
  constructor(private readonly variantService: ProductVariantService) {}

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => ProductVariant)
  addProductVariant(@IdArg('productId') productId: string, @Args('input') input: VariantInput): Promise<ProductVariant> {
    return this.variantService.add(productId, input);
  }

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => ProductVariant, { description: 'Change a variant, e.g. its price or stock.' })
  updateProductVariant(@IdArg('id') id: string, @Args('input') input: UpdateVariantInput): Promise<ProductVariant> {
    return this.variantService.update(id, input);
  }
}
