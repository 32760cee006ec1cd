import { jest } from '@jest/globals';
import { EventLog } from '@flagship/events';
import { PaymentProvider } from '@flagship/payments';
import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

describe('checkout with the offline test provider', () => {
  let env: TestEnvironment;
  let shippingId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    shippingId = await standardShippingId(env);
  });
  afterAll(() => env.close());

  const stockOf = async (sku: string) => (await env.dataSource.query(`SELECT stock FROM product_variant WHERE sku = $1`, [sku]))[0].stock as number;

  it('places a server-priced order, settles it, takes the stock, empties the cart and records placed and paid', async () => {
    const [buyer] = await createShoppers(env, 1, [
      { variantId: await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1'), quantity: 2 },
      { variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 },
    ]);
    const chainStock = await stockOf('RIDGELINE-CHAIN-12-1');

    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });

    // 2 × 39.00 + 34.00 = 112.00: over the 100.00 threshold, so shipping is free; 19% VAT included.
    expect(checkout.order).toMatchObject({
      status: 'PAID',
      subtotal: { amountMinor: 112_00 },
      shipping: { amountMinor: 0 },
      tax: { amountMinor: 1788 },
      total: { amountMinor: 112_00, currency: 'EUR' },
    });
    expect(checkout.payment).toEqual({ provider: 'offline-test', status: 'SUCCEEDED', testMode: true, clientSecret: null });
    expect(await stockOf('RIDGELINE-CHAIN-12-1')).toBe(chainStock - 2);
    expect((await buyer.data<{ cart: { itemCount: number } }>(`{ cart { itemCount } }`)).cart.itemCount).toBe(0);
    const events = await env.dataSource.query(`SELECT type, amount_minor FROM platform_event WHERE subject_id = $1 ORDER BY id`, [checkout.order.id]);
    expect(events).toEqual([
      { type: 'order.placed', amount_minor: '11200' },
      { type: 'order.paid', amount_minor: '11200' },
    ]);
  });

  it('charges shipping below the free-shipping threshold', async () => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });
    expect(checkout.order.total.amountMinor).toBe(34_00 + 4_90);
  });

  it('sells exactly the stock to 200 concurrent buyers: 10 orders, 190 OUT_OF_STOCK, no server error', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-TORQUE-WRENCH-1');
    await env.dataSource.query(`UPDATE product_variant SET stock = 10 WHERE id = $1`, [variantId]);
    const buyers = await createShoppers(env, 200, [{ variantId, quantity: 1 }]);

    const results = await Promise.all(buyers.map((buyer) => buyer.request<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })));

    const codes = results.map((r) => (r.errors ? String(firstError(r).code) : r.data!.checkout.order.status));
    expect(codes.filter((c) => c === 'PAID')).toHaveLength(10);
    expect(codes.filter((c) => c === 'OUT_OF_STOCK')).toHaveLength(190);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await stockOf('RIDGELINE-TORQUE-WRENCH-1')).toBe(0);
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM order_line WHERE variant_id = $1`, [variantId]);
    expect(n).toBe(10);
  });

  it('never deadlocks when carts hold the same two items added in opposite orders', async () => {
    const a = await variantIdBySku(env, 'RIDGELINE-TYRE-45-1');
    const b = await variantIdBySku(env, 'RIDGELINE-TYRE-45-2');
    await env.dataSource.query(`UPDATE product_variant SET stock = 25 WHERE id IN ($1, $2)`, [a, b]);
    // createShoppers alternates the order the two lines were added in.
    const buyers = await createShoppers(env, 40, [
      { variantId: a, quantity: 1 },
      { variantId: b, quantity: 1 },
    ]);

    const results = await Promise.all(buyers.map((buyer) => buyer.request<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })));

    const codes = results.map((r) => (r.errors ? String(firstError(r).code) : r.data!.checkout.order.status));
    expect(codes.filter((c) => c === 'PAID')).toHaveLength(25);
    expect(codes.filter((c) => c === 'OUT_OF_STOCK')).toHaveLength(15);
    expect(await stockOf('RIDGELINE-TYRE-45-1')).toBe(0);
    expect(await stockOf('RIDGELINE-TYRE-45-2')).toBe(0);
  });

  it('makes one order and one payment of a checkout submitted twice at once', async () => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-SADDLE-COMFORT-1'), quantity: 1 }]);
    const input = checkoutInput(shippingId);

    const [first, second] = await Promise.all([buyer.data<CheckoutData>(CHECKOUT, { input }), buyer.data<CheckoutData>(CHECKOUT, { input })]);

    expect(second.checkout.order.id).toBe(first.checkout.order.id);
    expect(second.checkout.order.status).toBe('PAID');
    const [{ orders }] = await env.dataSource.query(`SELECT count(*)::int AS orders FROM shop_order WHERE checkout_key = $1`, [input.checkoutKey]);
    const [{ payments }] = await env.dataSource.query(`SELECT count(*)::int AS payments FROM payment WHERE order_id = $1`, [first.checkout.order.id]);
    expect([orders, payments]).toEqual([1, 1]);
  });

  it('calls the payment provider with no database transaction open and no stock row locked', async () => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-WORK-STAND-1'), quantity: 1 }]);
    const provider = env.app.get(PaymentProvider);
    const seen: { lockedVariantRows: number }[] = [];
    const original = provider.start.bind(provider);
    const spy = jest.spyOn(provider, 'start').mockImplementation(async (request) => {
      const [{ n }] = await env.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
         WHERE c.relname = 'product_variant' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()`,
      );
      seen.push({ lockedVariantRows: n });
      return original(request);
    });

    await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });

    spy.mockRestore();
    expect(seen).toEqual([{ lockedVariantRows: 0 }]);
  });

  it('writes nothing when a step fails after the event is recorded', async () => {
    const variantId = await variantIdBySku(env, 'COMMUTER-8-1');
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity: 1 }]);
    const before = { orders: await env.count('shop_order'), events: await env.count('platform_event'), stock: await stockOf('COMMUTER-8-1') };
    const log = env.app.get(EventLog);
    const original = log.record.bind(log);
    const spy = jest.spyOn(log, 'record').mockImplementationOnce(async (event) => {
      await original(event);
      throw new Error('failure injected after the event insert');
    });

    const result = await buyer.request(CHECKOUT, { input: checkoutInput(shippingId) });

    spy.mockRestore();
    expect(firstError(result).code).toBe('INTERNAL_SERVER_ERROR');
    expect({ orders: await env.count('shop_order'), events: await env.count('platform_event'), stock: await stockOf('COMMUTER-8-1') }).toEqual(before);
  });

  it.each([
    ['a price sent by the client', { priceMinor: 1 }, 'BAD_USER_INPUT', 'priceMinor'],
    ['a postcode that does not fit the country', { address: { name: 'A', line1: 'B 1', city: 'Berlin', postcode: '1234', country: 'DE' } }, 'BAD_USER_INPUT', 'address.postcode'],
    ['a country the shop does not ship to', { address: { name: 'A', line1: 'B 1', city: 'Oslo', postcode: '0150', country: 'NO' } }, 'BAD_USER_INPUT', 'address.country'],
    ['an unknown shipping method', { shippingMethodId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'shippingMethodId'],
    ['a missing recipient', { address: { name: '', line1: 'B 1', city: 'Berlin', postcode: '10115', country: 'DE' } }, 'BAD_USER_INPUT', 'address.name'],
  ])('refuses %s and writes nothing', async (_case, overrides, code, field) => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
    const orders = await env.count('shop_order');
    const result = await buyer.request(CHECKOUT, { input: checkoutInput(shippingId, overrides) });
    expect(firstError(result)).toMatchObject({ code, field });
    expect(await env.count('shop_order')).toBe(orders);
  });

  it('refuses an empty cart', async () => {
    const [buyer] = await createShoppers(env, 1, []);
    expect(firstError(await buyer.request(CHECKOUT, { input: checkoutInput(shippingId) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cart' });
  });

  it('is for signed-in shoppers', async () => {
    expect(firstError(await env.visitor().request(CHECKOUT, { input: checkoutInput(shippingId) })).code).toBe('UNAUTHENTICATED');
  });
});
