import { jest } from '@jest/globals';
import { EventLog } from '@flagship/events';
import { ProductVariantService } from '@flagship/catalog';
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
    expect(await env.dataSource.query(`SELECT provider, test_mode FROM payment WHERE order_id = $1`, [checkout.order.id])).toEqual([{ provider: 'offline-test', test_mode: true }]);
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
         WHERE c.relname = 'product_variant' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()
           -- This test's database only: databases cloned from one template share table OIDs, and other
           -- test files check out at the same time on the same server.
           AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
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
    const spy = jest.spyOn(log, 'record').mockImplementationOnce(async (type, event) => {
      await original(type, event);
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

  it('removes only the cart lines it ordered: a line added during checkout stays in the cart', async () => {
    const ordered = await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1');
    const addedMeanwhile = await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1');
    const [buyer] = await createShoppers(env, 1, [{ variantId: ordered, quantity: 1 }]);
    const [{ id: accountId }] = await env.dataSource.query(
      `SELECT account_id AS id FROM cart_line WHERE variant_id = $1 ORDER BY added_at DESC LIMIT 1`,
      [ordered],
    );
    const variants = env.app.get(ProductVariantService);
    const reserve = variants.reserve.bind(variants);
    // Another tab adds an item (and commits) while this checkout is reserving stock.
    const spy = jest.spyOn(variants, 'reserve').mockImplementationOnce(async (variantId, quantity) => {
      await env.dataSource.query(`INSERT INTO cart_line (account_id, variant_id, quantity) VALUES ($1, $2, 1)`, [accountId, addedMeanwhile]);
      return reserve(variantId, quantity);
    });

    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) }).finally(() => spy.mockRestore());

    expect(checkout.order.lines.map((l) => l.sku)).toEqual(['RIDGELINE-MULTITOOL-1']);
    expect(await env.dataSource.query(`SELECT variant_id FROM cart_line WHERE account_id = $1`, [accountId])).toEqual([{ variant_id: addedMeanwhile }]);
  });

  it('keeps the order when the payment provider fails after it is placed, and a retry of the same checkout pays that order', async () => {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
    const input = checkoutInput(shippingId);
    const provider = env.app.get(PaymentProvider);
    const spy = jest.spyOn(provider, 'start').mockRejectedValueOnce(new Error('connection reset by the provider'));

    const failed = await buyer.request<CheckoutData>(CHECKOUT, { input });
    spy.mockRestore();

    expect(firstError(failed).code).toBe('PAYMENT_PROVIDER_ERROR');
    expect(firstError(failed).message).toMatch(/is placed.*try again/i);
    const [placed] = await env.dataSource.query(`SELECT o.id, o.status, p.status AS payment FROM shop_order o JOIN payment p ON p.order_id = o.id WHERE o.checkout_key = $1`, [
      input.checkoutKey,
    ]);
    expect(placed).toMatchObject({ status: 'PENDING_PAYMENT', payment: 'PENDING' });

    const retried = await buyer.data<CheckoutData>(CHECKOUT, { input });

    expect(retried.checkout.order).toMatchObject({ id: placed.id, status: 'PAID' });
    const [{ orders }] = await env.dataSource.query(`SELECT count(*)::int AS orders FROM shop_order WHERE checkout_key = $1`, [input.checkoutKey]);
    const [{ payments }] = await env.dataSource.query(`SELECT count(*)::int AS payments FROM payment WHERE order_id = $1`, [placed.id]);
    expect([orders, payments]).toEqual([1, 1]);
  });

  it('refuses an order whose total a JSON number could not carry exactly, and writes nothing', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-WHEELSET-GRAVEL-1');
    // 2^51 minor units (only the database holds such a price; the catalog caps prices far below), times 4: 2^53.
    await env.dataSource.query(`UPDATE product_variant SET price_minor = $2, stock = 50 WHERE id = $1`, [variantId, String(2 ** 51)]);
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity: 4 }]);
    const before = { orders: await env.count('shop_order'), stock: 50 };

    const result = await buyer.request(CHECKOUT, { input: checkoutInput(shippingId) });

    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cart' });
    expect({ orders: await env.count('shop_order'), stock: (await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock }).toEqual(before);
  });

  it('refuses an empty cart', async () => {
    const [buyer] = await createShoppers(env, 1, []);
    expect(firstError(await buyer.request(CHECKOUT, { input: checkoutInput(shippingId) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cart' });
  });

  it('is for signed-in shoppers', async () => {
    expect(firstError(await env.visitor().request(CHECKOUT, { input: checkoutInput(shippingId) })).code).toBe('UNAUTHENTICATED');
  });
});
