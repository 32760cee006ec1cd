import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

const QUOTE = `query Quote($shippingMethodId: ID!, $country: String!) {
  checkoutQuote(shippingMethodId: $shippingMethodId, country: $country) {
    itemCount
    items { quantity variant { sku } }
    subtotal { amountMinor currency } shipping { amountMinor } tax { amountMinor } total { amountMinor currency }
    freeShipping freeShippingShortfall { amountMinor } taxRateBp pricesIncludeTax country shippingMethod { name }
  }
}`;

interface Quote {
  itemCount: number;
  subtotal: { amountMinor: number; currency: string };
  shipping: { amountMinor: number };
  tax: { amountMinor: number };
  total: { amountMinor: number; currency: string };
  freeShipping: boolean;
  freeShippingShortfall: { amountMinor: number } | null;
  taxRateBp: number;
  pricesIncludeTax: boolean;
  country: string;
}

/**
 * The order summary before "Place order" is `checkoutQuote`, priced by checkout's own code
 * (CheckoutPricing): the quote's totals are the placed order's, whatever shipping and tax do.
 */
describe('checkout quote', () => {
  let env: TestEnvironment;
  let standard: string;
  let express: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: standard }, { id: express }] = await env.dataSource.query(`SELECT id FROM shipping_method ORDER BY position`);
  });
  afterAll(() => env.close());

  const quoteOf = async (buyer: GraphQLTestClient, shippingMethodId: string, country = 'DE') =>
    (await buyer.data<{ checkoutQuote: Quote }>(QUOTE, { shippingMethodId, country })).checkoutQuote;

  /** Quotes, places the order with the quoted total as the expected one, and returns both. */
  const quoteThenOrder = async (cart: { sku: string; quantity: number }[], shippingMethodId: string, country = 'DE') => {
    const lines = await Promise.all(cart.map(async ({ sku, quantity }) => ({ variantId: await variantIdBySku(env, sku), quantity })));
    const [buyer] = await createShoppers(env, 1, lines);
    const quote = await quoteOf(buyer, shippingMethodId, country);
    const address = { name: 'Ana Rider', line1: 'Keizersgracht 1', city: 'Amsterdam', postcode: '1015 CJ', country };
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, {
      input: checkoutInput(shippingMethodId, { expectedTotalMinor: quote.total.amountMinor, ...(country === 'DE' ? {} : { address }) }),
    });
    return { quote, order: checkout.order };
  };

  const totalsOf = (o: { subtotal: { amountMinor: number }; shipping: { amountMinor: number }; tax: { amountMinor: number }; total: { amountMinor: number } }) => ({
    subtotal: o.subtotal.amountMinor,
    shipping: o.shipping.amountMinor,
    tax: o.tax.amountMinor,
    total: o.total.amountMinor,
  });

  it('quotes free shipping for a cart over the threshold, and the order costs exactly that', async () => {
    const { quote, order } = await quoteThenOrder(
      [
        { sku: 'RIDGELINE-CHAIN-12-1', quantity: 2 },
        { sku: 'RIDGELINE-MULTITOOL-1', quantity: 1 },
      ],
      standard,
    );
    // 2 × 39.00 + 34.00 = 112.00, over Standard's 100.00: shipping free; 19% VAT included.
    expect(quote).toMatchObject({ itemCount: 3, freeShipping: true, freeShippingShortfall: null, taxRateBp: 1900, pricesIncludeTax: true, country: 'DE' });
    expect(totalsOf(quote)).toEqual({ subtotal: 112_00, shipping: 0, tax: 17_88, total: 112_00 });
    expect(totalsOf(order)).toEqual(totalsOf(quote));
    expect(order.status).toBe('PAID');
  });

  it('quotes paid shipping below the threshold, says what is missing for free shipping, and the order costs exactly that', async () => {
    const { quote, order } = await quoteThenOrder([{ sku: 'RIDGELINE-MULTITOOL-1', quantity: 1 }], standard);
    expect(quote).toMatchObject({ freeShipping: false, freeShippingShortfall: { amountMinor: 66_00 } });
    expect(totalsOf(quote)).toEqual({ subtotal: 34_00, shipping: 4_90, tax: 6_21, total: 38_90 });
    expect(totalsOf(order)).toEqual(totalsOf(quote));
  });

  it('charges a method that is never free whatever the subtotal (no shortfall to show)', async () => {
    const { quote, order } = await quoteThenOrder([{ sku: 'RIDGELINE-CHAIN-12-1', quantity: 3 }], express);
    expect(quote).toMatchObject({ freeShipping: false, freeShippingShortfall: null, shipping: { amountMinor: 14_90 } });
    expect(totalsOf(order)).toEqual(totalsOf(quote));
  });

  it('applies the destination country’s rate', async () => {
    const { quote, order } = await quoteThenOrder([{ sku: 'RIDGELINE-MULTITOOL-1', quantity: 1 }], standard, 'NL');
    // 38.90 × 21 / 121 = 6.75…
    expect(quote).toMatchObject({ country: 'NL', taxRateBp: 2100, tax: { amountMinor: 6_75 }, total: { amountMinor: 38_90 } });
    expect(totalsOf(order)).toEqual(totalsOf(quote));
  });

  it('adds tax on top when the shop shows prices without it, in the quote and the order alike', async () => {
    await env.as.manager.data(`mutation { updateShopSettings(input: { pricesIncludeTax: false }) { pricesIncludeTax } }`);
    try {
      const free = await quoteThenOrder([{ sku: 'RIDGELINE-CHAIN-12-1', quantity: 3 }], standard);
      // 117.00, free shipping, 19% on top: 22.23.
      expect(totalsOf(free.quote)).toEqual({ subtotal: 117_00, shipping: 0, tax: 22_23, total: 139_23 });
      expect(free.quote.pricesIncludeTax).toBe(false);
      expect(totalsOf(free.order)).toEqual(totalsOf(free.quote));

      const paid = await quoteThenOrder([{ sku: 'RIDGELINE-MULTITOOL-1', quantity: 1 }], standard);
      // (34.00 + 4.90) × 19% = 7.391 → 7.39.
      expect(totalsOf(paid.quote)).toEqual({ subtotal: 34_00, shipping: 4_90, tax: 7_39, total: 46_29 });
      expect(totalsOf(paid.order)).toEqual(totalsOf(paid.quote));
    } finally {
      await env.as.manager.data(`mutation { updateShopSettings(input: { pricesIncludeTax: true }) { pricesIncludeTax } }`);
    }
  });

  it('refuses a country the shop does not ship to, on `country`, as checkout does on `address.country`', async () => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
    expect(firstError(await buyer.request(QUOTE, { shippingMethodId: standard, country: 'NO' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'country' });
    expect(firstError(await buyer.request(QUOTE, { shippingMethodId: standard, country: 'XX' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'country' });
    const address = { name: 'A', line1: 'B 1', city: 'Oslo', postcode: '0150', country: 'NO' };
    expect(firstError(await buyer.request(CHECKOUT, { input: checkoutInput(standard, { address }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address.country' });
  });

  it('refuses an empty cart and a visitor', async () => {
    const [buyer] = await createShoppers(env, 1, []);
    expect(firstError(await buyer.request(QUOTE, { shippingMethodId: standard, country: 'DE' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cart' });
    expect(firstError(await env.visitor().request(QUOTE, { shippingMethodId: standard, country: 'DE' })).code).toBe('UNAUTHENTICATED');
  });

  it('places nothing when the total changed since the quote (a price rose), and the new quote places the order', async () => {
    const sku = 'RIDGELINE-SADDLE-COMFORT-1';
    const variantId = await variantIdBySku(env, sku);
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity: 1 }]);
    const quote = await quoteOf(buyer, standard);
    const [{ stock, price_minor }] = await env.dataSource.query(`SELECT stock, price_minor FROM product_variant WHERE id = $1`, [variantId]);
    await env.dataSource.query(`UPDATE product_variant SET price_minor = price_minor + 500 WHERE id = $1`, [variantId]);
    try {
      const before = await env.count('shop_order');
      const result = await buyer.request(CHECKOUT, { input: checkoutInput(standard, { expectedTotalMinor: quote.total.amountMinor }) });
      expect(firstError(result)).toMatchObject({ code: 'TOTAL_CHANGED', field: 'expectedTotalMinor' });
      expect(await env.count('shop_order')).toBe(before);
      expect((await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock).toBe(stock);

      const fresh = await quoteOf(buyer, standard);
      expect(fresh.total.amountMinor).toBe(quote.total.amountMinor + 500);
      const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(standard, { expectedTotalMinor: fresh.total.amountMinor }) });
      expect(totalsOf(checkout.order)).toEqual(totalsOf(fresh));
    } finally {
      await env.dataSource.query(`UPDATE product_variant SET price_minor = $2 WHERE id = $1`, [variantId, price_minor]);
    }
  });
});
