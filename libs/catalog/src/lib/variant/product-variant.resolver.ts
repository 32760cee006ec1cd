import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@flagship/api-core';
import { UpdateVariantInput, VariantInput } from './dto/variant.input';
import { ProductVariant } from './product-variant.entity';
import { ProductVariantService } from './product-variant.service';

@Resolver(() => ProductVariant)
export class ProductVariantResolver {
  constructor(private readonly variantService: ProductVariantService) {}

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => ProductVariant)
  addProductVariant(@Args('productId', { type: () => ID }) productId: string, @Args('input') input: VariantInput): Promise<ProductVariant> {
    return this.variantService.add(productId, input);
  }

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => ProductVariant, { description: 'Change a variant, e.g. its price or stock.' })
  updateProductVariant(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateVariantInput): Promise<ProductVariant> {
    return this.variantService.update(id, input);
  }
}
