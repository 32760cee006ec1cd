import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { ProductVariantService } from '@flagship/catalog';
import { EventLog } from '@flagship/events';
import { OrderEvents, OrderService, ReservationExpiryService } from '@flagship/orders';
import { RefundService } from '@flagship/payments';
import { QueryFailedError } from 'typeorm';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

const REFUND = `mutation($orderId: ID!, $amount: SafeInt, $key: ID!) { refundOrder(orderId: $orderId, amountMinor: $amount, refundKey: $key) { status refunded { amountMinor } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { id status total { amountMinor } refunded { amountMinor } lines { sku } shippingAddress { city country } } }`;

/** Every test places the orders it looks at, with buyers of its own: none relies on another's. */
describe('orders', () => {
  let env: TestEnvironment;
  let shippingId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    shippingId = await standardShippingId(env);
  });
  afterAll(() => env.close());

  /** A new buyer's paid order of one unit of `sku` (default: a 2,749.00 trail bike, shipping free). */
  async function paidOrderOf(sku = 'CRESTLINE-TRAIL-2'): Promise<{ buyer: GraphQLTestClient; id: string; total: number }> {
    // The unit it buys is added first, so no order depends on stock another test left.
    await env.dataSource.query(`UPDATE product_variant SET stock = stock + 1 WHERE sku = $1`, [sku]);
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, sku), quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });
    return { buyer, id: checkout.order.id, total: checkout.order.total.amountMinor };
  }

  it('shows buyers their own orders', async () => {
    const { buyer, id } = await paidOrderOf();
    const { myOrders } = await buyer.data<{ myOrders: { nodes: { id: string }[] } }>(`{ myOrders { nodes { id } } }`);
    expect(myOrders.nodes.map((o) => o.id)).toEqual([id]);
    expect(await buyer.data(ORDER, { id })).toMatchObject({ order: { status: 'PAID', shippingAddress: { city: 'Berlin', country: 'DE' }, lines: [{ sku: 'CRESTLINE-TRAIL-2' }] } });
  });

  it('hides an order from everyone but its buyer and brand managers', async () => {
    const { id: orderId } = await paidOrderOf();
    expect(firstError(await env.as.consumer.request(ORDER, { id: orderId })).code).toBe('NOT_FOUND');
    expect(firstError(await env.as.vendor.request(ORDER, { id: orderId })).code).toBe('NOT_FOUND');
    expect(firstError(await env.visitor().request(ORDER, { id: orderId })).code).toBe('UNAUTHENTICATED');
    expect((await env.as.consumer.data<{ myOrders: { nodes: { id: string }[] } }>(`{ myOrders { nodes { id } } }`)).myOrders.nodes).not.toContainEqual({ id: orderId });
    expect(firstError(await env.as.consumer.request(`{ manageOrders { nodes { id } } }`)).code).toBe('FORBIDDEN');
    expect(await env.as.manager.data(ORDER, { id: orderId })).toMatchObject({ order: { id: orderId } });
  });

  it('lets a brand manager fulfil a paid order, which the buyer then sees, and records it', async () => {
    const { buyer, id: orderId } = await paidOrderOf();
    await env.as.manager.data(`mutation($id: ID!) { fulfilOrder(id: $id) { status } }`, { id: orderId });
    expect(await buyer.data(ORDER, { id: orderId })).toMatchObject({ order: { status: 'FULFILLED' } });
    expect(firstError(await buyer.request(`mutation($id: ID!) { fulfilOrder(id: $id) { status } }`, { id: orderId })).code).toBe('FORBIDDEN');
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'order.fulfilled' AND subject_id = $1`, [orderId]);
    expect(n).toBe(1);
  });

  /** A paid order of one multitool (34.00 + 4.90 shipping) by a new buyer. */
  const paidOrder = () => paidOrderOf('RIDGELINE-MULTITOOL-1');
  const refundRows = (id: string) =>
    env.dataSource.query(`SELECT r.status, r.amount_minor::int AS amount_minor FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.order_id = $1 ORDER BY r.amount_minor`, [id]);

  it('never refunds more than was paid when two refunds of one order race: one is a CONFLICT', async () => {
    const order = await paidOrder();
    const first = Math.ceil(order.total * 0.6);
    const second = order.total - first + 1;

    const results = await Promise.all([
      env.as.manager.request(REFUND, { orderId: order.id, amount: first, key: randomUUID() }),
      env.as.manager.request(REFUND, { orderId: order.id, amount: second, key: randomUUID() }),
    ]);

    const codes = results.map((r) => (r.errors ? firstError(r).code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [{ refunded_minor: paymentRefunded }] = await env.dataSource.query(`SELECT refunded_minor::int AS refunded_minor FROM payment WHERE order_id = $1`, [order.id]);
    const [{ refunded_minor: orderRefunded }] = await env.dataSource.query(`SELECT refunded_minor::int AS refunded_minor FROM shop_order WHERE id = $1`, [order.id]);
    expect(paymentRefunded).toBeLessThanOrEqual(order.total);
    expect(orderRefunded).toBe(paymentRefunded);
    expect(await refundRows(order.id)).toHaveLength(1);
  });

  it('refuses a refund key already used for another order, and a reused key for another amount', async () => {
    const [a, b] = [await paidOrder(), await paidOrder()];
    const key = randomUUID();
    await env.as.manager.data(REFUND, { orderId: a.id, amount: 100, key });

    expect(firstError(await env.as.manager.request(REFUND, { orderId: b.id, amount: 100, key }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refundKey' });
    expect(firstError(await env.as.manager.request(REFUND, { orderId: a.id, amount: 200, key }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refundKey' });
    expect(await refundRows(b.id)).toEqual([]);
    expect(await refundRows(a.id)).toEqual([{ status: 'SUCCEEDED', amount_minor: 100 }]);
  });

  it('records a succeeded refund, the order’s refunded amount and status and the event in one transaction; the retry job finishes one interrupted', async () => {
    const order = await paidOrder();
    const log = env.app.get(EventLog);
    const original = log.record.bind(log);
    // The order's event is recorded by orders' reaction to payments' `payment.refunded`: the failure
    // after it undoes both domains' writes.
    const spy = jest.spyOn(log, 'record').mockImplementation(async (type, event) => {
      const recorded = await original(type, event);
      if (type === OrderEvents.refunded) throw new Error('failure injected after the order’s refund event insert');
      return recorded;
    });
    const result = await env.as.manager.request(REFUND, { orderId: order.id, amount: 300, key: randomUUID() });
    spy.mockRestore();

    expect(firstError(result).code).toBe('INTERNAL_SERVER_ERROR');
    // The provider refunded; the completion rolled back as a whole: the refund waits, PENDING, amount held.
    expect(await refundRows(order.id)).toEqual([{ status: 'PENDING', amount_minor: 300 }]);
    const state = async () => (await env.dataSource.query(`SELECT status, refunded_minor::int AS refunded_minor FROM shop_order WHERE id = $1`, [order.id]))[0];
    expect(await state()).toEqual({ status: 'PAID', refunded_minor: 0 });
    const events = async () => (await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'order.refunded' AND subject_id = $1`, [order.id]))[0].n;
    expect(await events()).toBe(0);
    const paymentEvents = async () => (await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'payment.refunded' AND payload->>'orderId' = $1`, [order.id]))[0].n;
    expect(await paymentEvents()).toBe(0);

    expect(await env.app.get(RefundService).retryPending(new Date(Date.now() + 60_000))).toEqual({ succeeded: 1, failed: 0, pending: 0 });

    expect(await refundRows(order.id)).toEqual([{ status: 'SUCCEEDED', amount_minor: 300 }]);
    expect(await state()).toEqual({ status: 'PARTIALLY_REFUNDED', refunded_minor: 300 });
    expect(await events()).toBe(1);
    expect(await paymentEvents()).toBe(1);
  });

  it('refunds partly, then fully, once per refund key, recording each refund', async () => {
    const { id: orderId } = await paidOrderOf();
    const refund = REFUND;
    const key = randomUUID();
    const partly = await env.as.manager.data(refund, { orderId, amount: 500_00, key });
    expect(partly).toEqual({ refundOrder: { status: 'PARTIALLY_REFUNDED', refunded: { amountMinor: 500_00 } } });
    // A retry with the same key (a double click) refunds nothing more.
    expect(await env.as.manager.data(refund, { orderId, amount: 500_00, key })).toEqual(partly);

    expect(firstError(await env.as.manager.request(refund, { orderId, amount: 10_000_00, key: randomUUID() }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    const fully = await env.as.manager.data(refund, { orderId, key: randomUUID() });
    expect(fully).toEqual({ refundOrder: { status: 'REFUNDED', refunded: { amountMinor: 2_749_00 } } });

    const events = await env.dataSource.query(`SELECT amount_minor FROM platform_event WHERE type = 'order.refunded' AND subject_id = $1 ORDER BY id`, [orderId]);
    expect(events.map((e: { amount_minor: string }) => Number(e.amount_minor))).toEqual([500_00, 2_249_00]);
    expect(firstError(await env.as.manager.request(refund, { orderId, key: randomUUID() })).code).toBe('CONFLICT');
  });

  it('cancels unpaid orders whose reservation expired and returns their stock', async () => {
    const variantId = await variantIdBySku(env, 'TOURER-STEEL-1');
    const stockBefore = async () => (await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock as number;
    const stock = await stockBefore();
    // An unpaid order (as with Stripe, before the buyer confirms), its reservation already over.
    const id = await expiredUnpaidOrder([variantId]);
    expect(await stockBefore()).toBe(stock - 1);

    const result = await env.app.get(ReservationExpiryService).run();

    expect(result.expired).toBe(1);
    const [order] = await env.dataSource.query(`SELECT status, cancel_reason FROM shop_order WHERE id = $1`, [id]);
    expect(order).toEqual({ status: 'CANCELLED', cancel_reason: 'reservation expired' });
    expect(await stockBefore()).toBe(stock);
    expect((await env.app.get(ReservationExpiryService).run()).expired).toBe(0);
  });

  /** An unpaid order of the given variants by the demo's consumer whose reservation is over (its stock taken). */
  async function expiredUnpaidOrder(variantIds: string[]): Promise<string> {
    const [{ id }] = await env.dataSource.query(
      `INSERT INTO shop_order (account_id, checkout_key, currency, prices_include_tax, tax_rate_bp, shipping_method_name, ship_name, ship_line1, ship_city, ship_postcode, ship_country, reservation_expires_at, total_minor)
       SELECT id, gen_random_uuid(), 'EUR', true, 1900, 'Standard', 'X', 'Y 1', 'Berlin', '10115', 'DE', now() - interval '1 minute', 1000 FROM account WHERE email = 'ana@riders.example' RETURNING id`,
    );
    for (const variantId of variantIds) {
      await env.dataSource.query(`INSERT INTO order_line (order_id, variant_id, product_id, product_name, variant_name, sku, unit_price_minor, quantity, line_total_minor, currency)
        SELECT $1, v.id, v.product_id, 'X', v.name, v.sku, v.price_minor, 1, v.price_minor, 'EUR' FROM product_variant v WHERE v.id = $2`, [id, variantId]);
      await env.dataSource.query(`UPDATE product_variant SET stock = stock - 1 WHERE id = $1`, [variantId]);
    }
    return id;
  }
  const statusOf = async (id: string) => (await env.dataSource.query(`SELECT status FROM shop_order WHERE id = $1`, [id]))[0].status as string;

  it('expires each reservation on its own: one failing order does not stop the others, and is tried again next run', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1');
    const [broken, fine] = [await expiredUnpaidOrder([variantId]), await expiredUnpaidOrder([variantId])];
    const orders = env.app.get(OrderService);
    const cancel = orders.cancelUnpaid.bind(orders);
    const spy = jest.spyOn(orders, 'cancelUnpaid').mockImplementation(async (id, reason) => {
      if (id === broken) throw new Error('failure injected for one order');
      return cancel(id, reason);
    });
    const run = await env.app.get(ReservationExpiryService).run().finally(() => spy.mockRestore());

    expect(run).toMatchObject({ expired: 1, failed: 1 });
    expect([await statusOf(broken), await statusOf(fine)]).toEqual(['PENDING_PAYMENT', 'CANCELLED']);
    expect(await env.app.get(ReservationExpiryService).run()).toMatchObject({ expired: 1, failed: 0 });
    expect(await statusOf(broken)).toBe('CANCELLED');
  });

  it('retries an expiry that hit a deadlock or serialization failure', async () => {
    const id = await expiredUnpaidOrder([await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1')]);
    const orders = env.app.get(OrderService);
    const cancel = orders.cancelUnpaid.bind(orders);
    const failures = ['40P01', '40001'];
    let calls = 0;
    const spy = jest.spyOn(orders, 'cancelUnpaid').mockImplementation(async (orderId, reason) => {
      calls++;
      const code = failures.shift();
      if (code) throw new QueryFailedError('UPDATE product_variant …', [], Object.assign(new Error('injected'), { code }));
      return cancel(orderId, reason);
    });
    const run = await env.app.get(ReservationExpiryService).run().finally(() => spy.mockRestore());

    expect(run).toMatchObject({ expired: 1, failed: 0 });
    expect(calls).toBe(3);
    expect(await statusOf(id)).toBe('CANCELLED');
  });

  it('returns an expired order’s stock in variant-id order', async () => {
    const skus = ['RIDGELINE-TYRE-45-2', 'RIDGELINE-TYRE-45-1', 'RIDGELINE-CHAIN-12-1', 'RIDGELINE-MULTITOOL-1'];
    const variantIds = await Promise.all(skus.map((sku) => variantIdBySku(env, sku)));
    await expiredUnpaidOrder(variantIds);
    const variants = env.app.get(ProductVariantService);
    const released: string[] = [];
    const release = variants.release.bind(variants);
    const spy = jest.spyOn(variants, 'release').mockImplementation(async (variantId, quantity) => {
      released.push(variantId);
      return release(variantId, quantity);
    });
    await env.app.get(ReservationExpiryService).run().finally(() => spy.mockRestore());

    expect(released).toEqual([...variantIds].sort());
  });
});
