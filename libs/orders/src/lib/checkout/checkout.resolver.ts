import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, ManualTransactions, type Viewer } from '@flagship/api-core';
import { ShippingMethodPolicy } from '../shipping/shipping-method.policy';
import { CheckoutQuoteService } from './checkout-quote.service';
import { CheckoutService } from './checkout.service';
import { CheckoutInput, CheckoutResult } from './dto/checkout.input';
import { CheckoutQuote, CheckoutQuoteArgs } from './dto/checkout-quote.types';

@Resolver()
export class CheckoutResolver {
  constructor(
    private readonly checkoutService: CheckoutService,
    private readonly quotes: CheckoutQuoteService,
  ) {}

  @Authenticated()
  // The cart is the buyer's own; the shipping method is chosen, as at checkout.
  @Guards(ShippingMethodPolicy, 'choose')
  @Query(() => CheckoutQuote, { description: 'The signed-in buyer’s cart priced as `checkout` would price it now: lines, shipping, tax, total.' })
  checkoutQuote(@CurrentViewer() viewer: Viewer, @Args() args: CheckoutQuoteArgs): Promise<CheckoutQuote> {
    return this.quotes.quote(viewer, args);
  }

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
