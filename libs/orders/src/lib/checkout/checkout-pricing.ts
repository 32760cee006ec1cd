import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, type Viewer } from '@flagship/api-core';
import { isShipped, type OfferKind } from '@flagship/catalog';
import type { ShippingMethod } from '../shipping/shipping-method.entity';
import { ShippingMethodPolicy } from '../shipping/shipping-method.policy';
import { ShippingService } from '../shipping/shipping.service';
import { TaxService } from '../tax/tax.service';
import { priceOrder, type OrderTotals } from './pricing';

/** Where and how an order goes, as checked for the buyer: everything but the lines that prices it. */
export interface PricingTerms {
  method: ShippingMethod;
  country: string;
  taxRateBp: number;
  pricesIncludeTax: boolean;
  reservationMinutes: number;
}

/** One line to price: today's unit price (checkout: the price of the row it reserved) and what is sold (a service is not shipped). */
export interface LineToPrice {
  unitPriceMinor: number;
  quantity: number;
  currency: string;
  offerKind: OfferKind;
}

export interface PricedOrder extends OrderTotals {
  currency: string;
  /** False for an order of services alone: nothing is sent, so no shipping is charged whatever the method. */
  shipsSomething: boolean;
  /** The shipped lines' subtotal, which the method's free-shipping amount is measured against. */
  shippedSubtotalMinor: number;
}

/** The name an order of services alone keeps in place of a shipping method's. */
export const NOTHING_TO_SHIP = 'Nothing to ship';

/** The input fields a refusal names: checkout's `address.country`, the quote's `country`. */
export interface PricingFields {
  country: string;
  shippingMethodId: string;
}

export const CHECKOUT_FIELDS: PricingFields = { country: 'address.country', shippingMethodId: 'shippingMethodId' };

/**
 * The one way an order is priced, used by `checkout` to place it and by `checkoutQuote` to show it
 * before it is placed (decision 0022): the same terms, the same checks, the same arithmetic, so the
 * total a buyer reads is the total they are charged while the cart and the prices stay as they were.
 */
@Injectable()
export class CheckoutPricing {
  constructor(
    private readonly shipping: ShippingService,
    private readonly tax: TaxService,
  ) {}

  /** The destination's tax rate, the chosen shipping method (active ones only) and the shop's settings. */
  async terms(viewer: Viewer, choice: { shippingMethodId: string; country: string }, fields: PricingFields = CHECKOUT_FIELDS): Promise<PricingTerms> {
    const taxRateBp = await this.tax.rateFor(choice.country);
    if (taxRateBp === null) throw badInput(fields.country, 'We do not ship to this country yet');
    const method = ShippingMethodPolicy.authorize(viewer, 'choose', await this.shipping.find(choice.shippingMethodId), {
      message: 'Choose one of the shipping methods offered',
      field: fields.shippingMethodId,
    });
    const settings = await this.tax.settings();
    return { method, country: choice.country, taxRateBp, pricesIncludeTax: settings.pricesIncludeTax, reservationMinutes: settings.reservationMinutes };
  }

  /**
   * The order's totals: subtotal, shipping (nothing from the method's `freeAbove`, counted on shipped
   * lines only; nothing at all when no line is shipped, e.g. only booked services), tax as the shop
   * shows prices, total. Refuses an empty cart, a mix of currencies and an amount JSON cannot carry exactly.
   */
  price(terms: PricingTerms, lines: LineToPrice[]): PricedOrder {
    if (lines.length === 0) throw badInput('cart', 'Your cart is empty');
    const currencies = new Set([terms.method.currency, ...lines.map((line) => line.currency)]);
    if (currencies.size > 1) throw new DomainError(ErrorCode.CONFLICT, 'Items in different currencies cannot be bought together', 'cart');
    const totals = priceOrder({
      lines: lines.map((line) => ({ unitPriceMinor: line.unitPriceMinor, quantity: line.quantity, shipped: isShipped(line.offerKind) })),
      shipping: terms.method,
      taxRateBp: terms.taxRateBp,
      pricesIncludeTax: terms.pricesIncludeTax,
    });
    // Amounts travel as JSON numbers, exact up to 2^53 - 1 (decision 0016): refuse an order that would not.
    const amounts = [...Object.values(totals), ...lines.map((line) => line.unitPriceMinor * line.quantity)];
    if (!amounts.every((amount) => Number.isSafeInteger(amount))) {
      throw badInput('cart', 'This order is too large to place at once; lower the quantities');
    }
    const shipped = lines.filter((line) => isShipped(line.offerKind));
    return {
      ...totals,
      currency: terms.method.currency,
      shipsSomething: shipped.length > 0,
      shippedSubtotalMinor: shipped.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0),
    };
  }
}
