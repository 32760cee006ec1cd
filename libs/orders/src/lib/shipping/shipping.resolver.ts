import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, Money, Public, money, IdArg, type Viewer } from '@flagship/api-core';
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

  @Authenticated()
  @Guards(ShippingMethodPolicy, 'manage')
  @Query(() => [ShippingMethod], { description: 'All shipping methods, inactive ones too.' })
  manageShippingMethods(): Promise<ShippingMethod[]> {
    return this.shippingService.list(true);
  }

  @Authenticated()
  @Guards(ShippingMethodPolicy, 'manage')
  @Mutation(() => ShippingMethod)
  createShippingMethod(@Args('input') input: ShippingMethodInput): Promise<ShippingMethod> {
    return this.shippingService.create(input);
  }

  @Authenticated()
  @Guards(ShippingMethodPolicy, 'manage')
  @Mutation(() => ShippingMethod)
  updateShippingMethod(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('input') input: UpdateShippingMethodInput): Promise<ShippingMethod> {
    return this.shippingService.update(viewer, id, input);
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
