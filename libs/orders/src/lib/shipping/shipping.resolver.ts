import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Guards, Money, Public, Role, Roles, money, IdArg } from '@flagship/api-core';
import { ShippingMethodInput, UpdateShippingMethodInput } from './dto/shipping.inputs';
import { ShippingMethod } from './shipping-method.entity';
import { ShippingMethodPolicy } from './shipping-method.policy';
import { ShippingService } from './shipping.service';

@Resolver(() => ShippingMethod)
export class ShippingResolver {
  constructor(private readonly shippingService: ShippingService) {}

  @Public()
  @Query(() => [ShippingMethod], { description: 'Shipping methods offered at checkout.' })
  shippingMethods(): Promise<ShippingMethod[]> {
    return this.shippingService.list();
  }

  @Roles(Role.BRAND_MANAGER)
  @Query(() => [ShippingMethod], { description: 'All shipping methods, inactive ones too.' })
  manageShippingMethods(): Promise<ShippingMethod[]> {
    return this.shippingService.list(true);
  }

  @Roles(Role.BRAND_MANAGER)
  @Mutation(() => ShippingMethod)
  createShippingMethod(@Args('input') input: ShippingMethodInput): Promise<ShippingMethod> {
    return this.shippingService.create(input);
  }

  @Roles(Role.BRAND_MANAGER)
  @Guards(ShippingMethodPolicy, 'manage')
  @Mutation(() => ShippingMethod)
  updateShippingMethod(@IdArg('id') id: string, @Args('input') input: UpdateShippingMethodInput): Promise<ShippingMethod> {
    return this.shippingService.update(id, input);
  }

  @ResolveField(() => Money)
  price(@Parent() method: ShippingMethod): Money {
    return money(method.priceMinor, method.currency);
  }

  @ResolveField(() => Money, { nullable: true, description: 'Orders from this subtotal ship free.' })
  freeAbove(@Parent() method: ShippingMethod): Money | null {
    return method.freeAboveMinor === null ? null : money(method.freeAboveMinor, method.currency);
  }
}
