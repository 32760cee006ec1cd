/** The largest amount an order, a line or a refund may have: 32-bit integer columns, and GraphQL Int. */
export { MAX_AMOUNT_MINOR } from '@flagship/api-core';

export interface PricingInput {
  lines: { unitPriceMinor: number; quantity: number }[];
  shipping: { priceMinor: number; freeAboveMinor: number | null };
  taxRateBp: number;
  pricesIncludeTax: boolean;
}

export interface OrderTotals {
  subtotalMinor: number;
  shippingMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/** Rounds half away from zero on whole minor units; inputs are non-negative. */
const roundDiv = (numerator: number, denominator: number) => Math.floor((2 * numerator + denominator) / (2 * denominator));

/**
 * An order's totals, in integer minor units only. Shipping is taxed like the goods. With tax-inclusive
 * prices the tax is the part of the total that is tax; otherwise it is added on top.
 */
export function priceOrder(input: PricingInput): OrderTotals {
  const subtotalMinor = input.lines.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0);
  const freeShipping = input.shipping.freeAboveMinor !== null && subtotalMinor >= input.shipping.freeAboveMinor;
  const shippingMinor = freeShipping ? 0 : input.shipping.priceMinor;
  const taxable = subtotalMinor + shippingMinor;
  if (input.pricesIncludeTax) {
    const taxMinor = roundDiv(taxable * input.taxRateBp, 10_000 + input.taxRateBp);
    return { subtotalMinor, shippingMinor, taxMinor, totalMinor: taxable };
  }
  const taxMinor = roundDiv(taxable * input.taxRateBp, 10_000);
  return { subtotalMinor, shippingMinor, taxMinor, totalMinor: taxable + taxMinor };
}
