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
