import { priceOrder } from './pricing';

describe('priceOrder', () => {
  const flat = { priceMinor: 990, freeAboveMinor: 10_000 };

  it('adds lines, charges flat shipping below the threshold, and takes included tax out of the total', () => {
    expect(priceOrder({ lines: [{ unitPriceMinor: 3900, quantity: 2 }], shipping: flat, taxRateBp: 1900, pricesIncludeTax: true })).toEqual({
      subtotalMinor: 7800,
      shippingMinor: 990,
      // 8790 × 19 / 119 = 1403.47…
      taxMinor: 1403,
      totalMinor: 8790,
    });
  });

  it('ships free from the threshold', () => {
    expect(priceOrder({ lines: [{ unitPriceMinor: 10_000, quantity: 1 }], shipping: flat, taxRateBp: 1900, pricesIncludeTax: true }).shippingMinor).toBe(0);
  });

  it('adds tax on top when prices exclude it', () => {
    expect(priceOrder({ lines: [{ unitPriceMinor: 1000, quantity: 3 }], shipping: { priceMinor: 500, freeAboveMinor: null }, taxRateBp: 2000, pricesIncludeTax: false })).toEqual({
      subtotalMinor: 3000,
      shippingMinor: 500,
      taxMinor: 700,
      totalMinor: 4200,
    });
  });

  it('rounds half up on minor units', () => {
    // 25 × 10% = 2.5 → 3
    expect(priceOrder({ lines: [{ unitPriceMinor: 25, quantity: 1 }], shipping: { priceMinor: 0, freeAboveMinor: null }, taxRateBp: 1000, pricesIncludeTax: false }).taxMinor).toBe(3);
  });

  it('handles a zero rate', () => {
    expect(priceOrder({ lines: [{ unitPriceMinor: 999, quantity: 1 }], shipping: flat, taxRateBp: 0, pricesIncludeTax: true }).taxMinor).toBe(0);
  });
});

describe('priceOrder beyond 32 bits', () => {
  const noShipping = { priceMinor: 0, freeAboveMinor: null };

  it('prices totals above 21,474,836.47 exactly, tax included', () => {
    // 3 × 9,999,999.99 = 29,999,999.97; 19% of it included: 29,999,999.97 × 19 / 119 = 4,789,915.96…
    expect(priceOrder({ lines: [{ unitPriceMinor: 999_999_999, quantity: 3 }], shipping: noShipping, taxRateBp: 1900, pricesIncludeTax: true })).toEqual({
      subtotalMinor: 2_999_999_997,
      shippingMinor: 0,
      taxMinor: 478_991_596,
      totalMinor: 2_999_999_997,
    });
  });

  it('keeps the tax exact where the amount times the rate passes 2^53', () => {
    // 21% of 4,420,415,658,484.69 is 928,287,288,281.7849: 92,828,728,828,178 minor units. Floating point
    // (the amount × 2100 is about 9.3 × 10^17) made it …179.
    const { taxMinor, totalMinor } = priceOrder({ lines: [{ unitPriceMinor: 442_041_565_848_469, quantity: 1 }], shipping: noShipping, taxRateBp: 2100, pricesIncludeTax: false });
    expect(taxMinor).toBe(92_828_728_828_178);
    expect(totalMinor).toBe(442_041_565_848_469 + 92_828_728_828_178);
  });

  it('returns a total beyond 2^53 - 1 as an unsafe number, for checkout to refuse', () => {
    const { totalMinor } = priceOrder({ lines: Array.from({ length: 1000 }, () => ({ unitPriceMinor: 100_000_000_000, quantity: 99 })), shipping: noShipping, taxRateBp: 0, pricesIncludeTax: true });
    expect(Number.isSafeInteger(totalMinor)).toBe(false);
  });
});

describe('priceOrder with lines that are not shipped (booked services)', () => {
  const flat = { priceMinor: 490, freeAboveMinor: 10_000 };
  const service = { unitPriceMinor: 12_000, quantity: 1, shipped: false };

  it('charges no shipping for an order of services alone', () => {
    expect(priceOrder({ lines: [service], shipping: { priceMinor: 1490, freeAboveMinor: null }, taxRateBp: 1900, pricesIncludeTax: true })).toMatchObject({ shippingMinor: 0, totalMinor: 12_000 });
  });

  it('measures the free-shipping amount on the shipped lines only', () => {
    const goods = { unitPriceMinor: 3_400, quantity: 1 };
    expect(priceOrder({ lines: [goods, service], shipping: flat, taxRateBp: 1900, pricesIncludeTax: true })).toMatchObject({ subtotalMinor: 15_400, shippingMinor: 490, totalMinor: 15_890 });
    expect(priceOrder({ lines: [{ ...goods, quantity: 2 }, service], shipping: flat, taxRateBp: 1900, pricesIncludeTax: true }).shippingMinor).toBe(490);
    expect(priceOrder({ lines: [{ unitPriceMinor: 10_000, quantity: 1, shipped: true }, service], shipping: flat, taxRateBp: 1900, pricesIncludeTax: true }).shippingMinor).toBe(0);
  });
});
