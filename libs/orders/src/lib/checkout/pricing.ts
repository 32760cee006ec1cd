export interface PricingInput {
  /** `shipped: false` for a line nothing is sent for (a booked service); lines are shipped unless said otherwise. */
  lines: { unitPriceMinor: number; quantity: number; shipped?: boolean }[];
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
const roundDiv = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);

/**
 * An order's totals, in integer minor units only. Shipping is charged only when a line is shipped (an
 * order of services alone ships nothing, so pays none), and the free-shipping threshold counts the
 * shipped lines only: a booked service does not bring free delivery of the goods beside it.
 * Shipping is taxed like the goods. With tax-inclusive prices the tax is the part of the total that is
 * tax; otherwise it is added on top.
 *
 * Computed with BigInt, so no step rounds (an amount times a rate in basis points passes 2^53 long before
 * the amount does); a total beyond what a number holds exactly comes back unsafe
 * (`Number.isSafeInteger` false), for the caller to refuse.
 */
export function priceOrder(input: PricingInput): OrderTotals {
  const lineTotal = (line: PricingInput['lines'][number]) => BigInt(line.unitPriceMinor) * BigInt(line.quantity);
  const subtotal = input.lines.reduce((sum, line) => sum + lineTotal(line), 0n);
  const shippedLines = input.lines.filter((line) => line.shipped !== false);
  const shippedSubtotal = shippedLines.reduce((sum, line) => sum + lineTotal(line), 0n);
  const freeShipping = shippedLines.length === 0 || (input.shipping.freeAboveMinor !== null && shippedSubtotal >= BigInt(input.shipping.freeAboveMinor));
  const shipping = freeShipping ? 0n : BigInt(input.shipping.priceMinor);
  const taxable = subtotal + shipping;
  const rate = BigInt(input.taxRateBp);
  const tax = input.pricesIncludeTax ? roundDiv(taxable * rate, 10_000n + rate) : roundDiv(taxable * rate, 10_000n);
  const total = input.pricesIncludeTax ? taxable : taxable + tax;
  return { subtotalMinor: Number(subtotal), shippingMinor: Number(shipping), taxMinor: Number(tax), totalMinor: Number(total) };
}
