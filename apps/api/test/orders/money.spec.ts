import { randomUUID } from 'node:crypto';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

const ORDER = `query($id: ID!) { order(id: $id) {
  status subtotal { amountMinor } shipping { amountMinor } tax { amountMinor } total { amountMinor } refunded { amountMinor }
  lines { quantity unitPrice { amountMinor } lineTotal { amountMinor } }
} }`;
const REFUND = `mutation($orderId: ID!, $amount: SafeInt, $key: ID!) { refundOrder(orderId: $orderId, amountMinor: $amount, refundKey: $key) { status refunded { amountMinor } } }`;

/**
 * Amounts are `bigint` columns and GraphQL `SafeInt`s (decision 0016): exact up to 2^53 - 1, where
 * 32-bit columns and GraphQL's `Int` stopped at 21,474,836.47.
 */
describe('64-bit money', () => {
  let env: TestEnvironment;
  let shippingId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    shippingId = await standardShippingId(env);
  });
  afterAll(() => env.close());

  /** A new buyer's paid order of `quantity` units of `sku`, with that stock added first. */
  async function paidOrder(sku: string, quantity: number): Promise<{ buyer: GraphQLTestClient; id: string; total: number }> {
    const variantId = await variantIdBySku(env, sku);
    await env.dataSource.query(`UPDATE product_variant SET stock = stock + $2 WHERE id = $1`, [variantId, quantity]);
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });
    return { buyer, id: checkout.order.id, total: checkout.order.total.amountMinor };
  }

  it('stores an order total above 21,474,836.47 and reads it back exactly: order, lines, payment, event and refund', async () => {
    // A brand manager prices a work stand at 123,456,789.01: 12,345,678,901 minor units, past 2^32 on its own.
    const variantId = await variantIdBySku(env, 'RIDGELINE-WORK-STAND-1');
    const priced = await env.as.manager.data<{ updateProductVariant: { price: { amountMinor: number } } }>(
      `mutation($id: ID!, $price: SafeInt!) { updateProductVariant(id: $id, input: { priceMinor: $price }) { price { amountMinor } } }`,
      { id: variantId, price: 12_345_678_901 },
    );
    expect(priced.updateProductVariant.price.amountMinor).toBe(12_345_678_901);

    const { buyer, id, total } = await paidOrder('RIDGELINE-WORK-STAND-1', 3);

    // 3 × 123,456,789.01 = 370,370,367.03, shipping free, 19% German tax included: 59,134,764.48.
    expect(total).toBe(37_037_036_703);
    expect(await buyer.data(ORDER, { id })).toEqual({
      order: {
        status: 'PAID',
        subtotal: { amountMinor: 37_037_036_703 },
        shipping: { amountMinor: 0 },
        tax: { amountMinor: 5_913_476_448 },
        total: { amountMinor: 37_037_036_703 },
        refunded: { amountMinor: 0 },
        lines: [{ quantity: 3, unitPrice: { amountMinor: 12_345_678_901 }, lineTotal: { amountMinor: 37_037_036_703 } }],
      },
    });
    // As PostgreSQL holds them (read as text: no JavaScript number in between).
    const [stored] = await env.dataSource.query(
      `SELECT o.total_minor::text AS "order", p.amount_minor::text AS payment, e.amount_minor::text AS event
       FROM shop_order o JOIN payment p ON p.order_id = o.id JOIN platform_event e ON e.subject_id = o.id::text AND e.type = 'order.paid' WHERE o.id = $1`,
      [id],
    );
    expect(stored).toEqual({ order: '37037036703', payment: '37037036703', event: '37037036703' });

    // A refund above 2^31 - 1 as well: 300,000,000.00.
    const refund = await env.as.manager.data(REFUND, { orderId: id, amount: 30_000_000_000, key: randomUUID() });
    expect(refund).toEqual({ refundOrder: { status: 'PARTIALLY_REFUNDED', refunded: { amountMinor: 30_000_000_000 } } });
    const [{ refunded }] = await env.dataSource.query(`SELECT refunded_minor::text AS refunded FROM payment WHERE order_id = $1`, [id]);
    expect(refunded).toBe('30000000000');
  });

  it('carries 2^53 - 1 exactly, and refuses 2^53 rather than round it, going out and coming in', async () => {
    const { buyer, id } = await paidOrder('RIDGELINE-MULTITOOL-1', 1);
    const totalOf = () => buyer.request<{ order: { total: { amountMinor: number } } }>(`query($id: ID!) { order(id: $id) { total { amountMinor } } }`, { id });

    await env.dataSource.query(`UPDATE shop_order SET total_minor = 9007199254740991 WHERE id = $1`, [id]);
    expect((await totalOf()).data?.order.total.amountMinor).toBe(Number.MAX_SAFE_INTEGER);

    // A stored amount a number cannot hold exactly is an error, never a rounded number.
    await env.dataSource.query(`UPDATE shop_order SET total_minor = 9007199254740992 WHERE id = $1`, [id]);
    const beyond = await totalOf();
    expect(beyond.errors?.map((error) => error.message)).toEqual(['9007199254740992 is not an integer JavaScript can hold exactly (at most 9007199254740991)']);
    expect(beyond.data?.order ?? null).toBeNull();

    // An argument a number cannot hold exactly is the client's error.
    const refused = await env.as.manager.request(REFUND, { orderId: id, amount: 2 ** 53, key: randomUUID() });
    expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  });

  it('keeps a shipping method’s free-shipping threshold above 2^31 - 1', async () => {
    const { createShippingMethod } = await env.as.manager.data<{ createShippingMethod: { freeAbove: { amountMinor: number } } }>(
      `mutation($input: ShippingMethodInput!) { createShippingMethod(input: $input) { freeAbove { amountMinor } } }`,
      { input: { name: 'Freight', priceMinor: 990, freeAboveMinor: 5_000_000_000, currency: 'EUR' } },
    );
    expect(createShippingMethod.freeAbove.amountMinor).toBe(5_000_000_000);
  });
});
