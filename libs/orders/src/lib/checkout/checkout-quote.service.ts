import { Injectable } from '@nestjs/common';
import { money, type Viewer } from '@flagship/api-core';
import { CartService } from '@flagship/cart';
import { CheckoutPricing } from './checkout-pricing';
import type { CheckoutQuote, CheckoutQuoteArgs } from './dto/checkout-quote.types';

/** The order summary shown before "Place order": the signed-in buyer's cart through checkout's own pricing. */
@Injectable()
export class CheckoutQuoteService {
  constructor(
    private readonly carts: CartService,
    private readonly pricing: CheckoutPricing,
  ) {}

  async quote(viewer: Viewer, args: CheckoutQuoteArgs): Promise<CheckoutQuote> {
    const terms = await this.pricing.terms(viewer, args, { country: 'country', shippingMethodId: 'shippingMethodId' });
    const cart = await this.carts.get(viewer);
    const totals = this.pricing.price(
      terms,
      cart.items.map((item) => ({ unitPriceMinor: item.variant.priceMinor, quantity: item.quantity, currency: item.variant.currency, offerKind: item.product.offerKind })),
    );
    const { method } = terms;
    const shortfall = totals.shippingMinor > 0 && method.freeAboveMinor !== null ? method.freeAboveMinor - totals.shippedSubtotalMinor : null;
    return {
      items: cart.items,
      itemCount: cart.itemCount,
      subtotal: money(totals.subtotalMinor, totals.currency),
      shipping: money(totals.shippingMinor, totals.currency),
      freeShipping: totals.shippingMinor === 0,
      nothingToShip: !totals.shipsSomething,
      freeShippingShortfall: shortfall === null ? null : money(shortfall, totals.currency),
      tax: money(totals.taxMinor, totals.currency),
      taxRateBp: terms.taxRateBp,
      pricesIncludeTax: terms.pricesIncludeTax,
      total: money(totals.totalMinor, totals.currency),
      shippingMethod: method,
      country: terms.country,
    };
  }
}
