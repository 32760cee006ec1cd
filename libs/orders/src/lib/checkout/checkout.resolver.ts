import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, ManualTransactions, type Viewer } from '@flagship/api-core';
import { ShippingMethodPolicy } from '../shipping/shipping-method.policy';
import { CheckoutService } from './checkout.service';
import { CheckoutInput, CheckoutResult } from './dto/checkout.input';

@Resolver()
export class CheckoutResolver {
  constructor(private readonly checkoutService: CheckoutService) {}

  // Places the order in its own short transaction, then calls the payment provider with no rows locked.
  @ManualTransactions()
  @Authenticated()
  // The checkout key is the buyer's own (orders are looked up by account and key); the shipping method is chosen.
  @Guards(ShippingMethodPolicy, 'choose')
  @Mutation(() => CheckoutResult, { description: 'Order what is in the cart. Prices come from the server, never the client.' })
  checkout(@CurrentViewer() viewer: Viewer, @Args('input') input: CheckoutInput): Promise<CheckoutResult> {
    return this.checkoutService.checkout(viewer, input);
  }
}
