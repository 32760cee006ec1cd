import { randomUUID } from 'node:crypto';
import { ReservationExpiryService } from '@flagship/orders';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

const ORDER = `query($id: ID!) { order(id: $id) { id status total { amountMinor } refunded { amountMinor } lines { sku } shippingAddress { city country } } }`;

describe('orders', () => {
  let env: TestEnvironment;
  let shippingId: string;
  let buyer: GraphQLTestClient;
  let orderId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    shippingId = await standardShippingId(env);
    [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'CRESTLINE-TRAIL-2'), quantity: 1 }]);
    orderId = (await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout.order.id;
  });
  afterAll(() => env.close());

  it('shows buyers their own orders', async () => {
    const { myOrders } = await buyer.data<{ myOrders: { nodes: { id: string }[] } }>(`{ myOrders { nodes { id } } }`);
    expect(myOrders.nodes.map((o) => o.id)).toEqual([orderId]);
    expect(await buyer.data(ORDER, { id: orderId })).toMatchObject({ order: { status: 'PAID', shippingAddress: { city: 'Berlin', country: 'DE' }, lines: [{ sku: 'CRESTLINE-TRAIL-2' }] } });
  });

  it('hides an order from everyone but its buyer and brand managers', async () => {
    expect(firstError(await env.as.consumer.request(ORDER, { id: orderId })).code).toBe('NOT_FOUND');
    expect(firstError(await env.as.vendor.request(ORDER, { id: orderId })).code).toBe('NOT_FOUND');
    expect(firstError(await env.visitor().request(ORDER, { id: orderId })).code).toBe('UNAUTHENTICATED');
    expect((await env.as.consumer.data<{ myOrders: { nodes: unknown[] } }>(`{ myOrders { nodes { id } } }`)).myOrders.nodes).toEqual([]);
    expect(firstError(await env.as.consumer.request(`{ manageOrders { nodes { id } } }`)).code).toBe('FORBIDDEN');
    expect(await env.as.manager.data(ORDER, { id: orderId })).toMatchObject({ order: { id: orderId } });
  });

  it('lets a brand manager fulfil a paid order, which the buyer then sees, and records it', async () => {
    await env.as.manager.data(`mutation($id: ID!) { fulfilOrder(id: $id) { status } }`, { id: orderId });
    expect(await buyer.data(ORDER, { id: orderId })).toMatchObject({ order: { status: 'FULFILLED' } });
    expect(firstError(await buyer.request(`mutation($id: ID!) { fulfilOrder(id: $id) { status } }`, { id: orderId })).code).toBe('FORBIDDEN');
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'order.fulfilled' AND subject_id = $1`, [orderId]);
    expect(n).toBe(1);
  });

  it('refunds partly, then fully, once per refund key, recording each refund', async () => {
    const refund = `mutation($orderId: ID!, $amount: Int, $key: ID!) { refundOrder(orderId: $orderId, amountMinor: $amount, refundKey: $key) { status refunded { amountMinor } } }`;
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
    const [late] = await createShoppers(env, 1, [{ variantId, quantity: 1 }]);
    const [{ stock }] = await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]);
    // An unpaid order (as with Stripe, before the buyer confirms), its reservation already over.
    const [{ id }] = await env.dataSource.query(
      `INSERT INTO shop_order (account_id, checkout_key, currency, prices_include_tax, tax_rate_bp, shipping_method_name, ship_name, ship_line1, ship_city, ship_postcode, ship_country, reservation_expires_at, total_minor)
       SELECT account_id, gen_random_uuid(), 'EUR', true, 1900, 'Standard', 'X', 'Y 1', 'Berlin', '10115', 'DE', now() - interval '1 minute', 219900 FROM session LIMIT 1 RETURNING id`,
    );
    await env.dataSource.query(`INSERT INTO order_line (order_id, variant_id, product_id, product_name, variant_name, sku, unit_price_minor, quantity, line_total_minor, currency)
      SELECT $1, v.id, v.product_id, 'Tourer', v.name, v.sku, v.price_minor, 1, v.price_minor, 'EUR' FROM product_variant v WHERE v.id = $2`, [id, variantId]);
    await env.dataSource.query(`UPDATE product_variant SET stock = stock - 1 WHERE id = $1`, [variantId]);
    void late;

    const result = await env.app.get(ReservationExpiryService).run();

    expect(result.expired).toBe(1);
    const [order] = await env.dataSource.query(`SELECT status, cancel_reason FROM shop_order WHERE id = $1`, [id]);
    expect(order).toEqual({ status: 'CANCELLED', cancel_reason: 'reservation expired' });
    expect((await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock).toBe(stock);
    expect((await env.app.get(ReservationExpiryService).run()).expired).toBe(0);
  });
});
