import { randomUUID } from 'node:crypto';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const REFUND = `mutation($orderId: ID!, $amount: SafeInt, $key: ID!) { refundOrder(orderId: $orderId, amountMinor: $amount, refundKey: $key) { status } }`;
const FULFIL = `mutation($id: ID!) { fulfilOrder(id: $id) { status } }`;
const REFUNDS = `query($id: ID!) { order(id: $id) { buyer { id displayName } refunds { status reason amount { amountMinor currency } requestedBy { displayName } createdAt updatedAt } } }`;
const HISTORY = `query($id: ID!) { orderHistory(orderId: $id) { type occurredAt reason amount { amountMinor } actor { displayName } } }`;
const BUYER = `query($id: ID!) { orderBuyer(orderId: $id) { email displayName member { id } } }`;
const MANAGE_ORDERS = `query($status: OrderStatus, $search: String, $first: Int, $after: String) {
  manageOrders(status: $status, search: $search, first: $first, after: $after) { nodes { id number status buyer { displayName } } pageInfo { hasNextPage endCursor } }
}`;

type Refunds = { order: { buyer: { id: string; displayName: string }; refunds: { status: string; reason: string; amount: { amountMinor: number; currency: string }; requestedBy: { displayName: string } | null }[] } };
type History = { orderHistory: { type: string; occurredAt: string; reason: string | null; amount: { amountMinor: number } | null; actor: { displayName: string } | null }[] };
type ManagedOrders = { manageOrders: { nodes: { id: string; number: string; status: string; buyer: { displayName: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/**
 * The back office's view of an order: who bought it (their profile for everyone who may read the
 * order, their account and email for brand managers only), its refunds, and its history from the
 * event log; and the orders list, which shows every order unless asked for one state, found by
 * number or buyer email. Every test places its own orders with buyers of its own.
 */
describe('orders in the back office', () => {
  let env: TestEnvironment;
  let shippingId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    shippingId = await standardShippingId(env);
  });
  afterAll(() => env.close());

  /** A new buyer's paid order of one multitool (34.00 + 4.90 shipping). */
  async function paidOrder(): Promise<{ buyer: GraphQLTestClient; id: string; number: string; total: number; email: string }> {
    await env.dataSource.query(`UPDATE product_variant SET stock = stock + 1 WHERE sku = 'RIDGELINE-MULTITOOL-1'`);
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });
    const { me } = await buyer.data<{ me: { email: string } }>(`{ me { email } }`);
    return { buyer, id: checkout.order.id, number: checkout.order.number, total: checkout.order.total.amountMinor, email: me.email };
  }

  it('lists fulfilled and refunded orders with the others when no state is asked for, and one state when it is', async () => {
    const fulfilled = await paidOrder();
    await env.as.manager.data(FULFIL, { id: fulfilled.id });
    const refunded = await paidOrder();
    await env.as.manager.data(REFUND, { orderId: refunded.id, key: randomUUID() });
    const paid = await paidOrder();

    const { manageOrders } = await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { first: 3 });
    expect(manageOrders.nodes.map((o) => [o.id, o.status])).toEqual([
      [paid.id, 'PAID'],
      [refunded.id, 'REFUNDED'],
      [fulfilled.id, 'FULFILLED'],
    ]);
    const onlyFulfilled = await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { status: 'FULFILLED', first: 100 });
    expect(onlyFulfilled.manageOrders.nodes.map((o) => o.id)).toContain(fulfilled.id);
    expect(onlyFulfilled.manageOrders.nodes.every((o) => o.status === 'FULFILLED')).toBe(true);
  });

  it('finds an order by its number however it is typed, and a buyer’s orders by their email', async () => {
    const order = await paidOrder();
    for (const typed of [order.number, order.number.toLowerCase(), order.number.replace('-', ''), ` ${order.number} `]) {
      const { manageOrders } = await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { search: typed });
      expect([typed, manageOrders.nodes.map((o) => o.id)]).toEqual([typed, [order.id]]);
    }
    const byEmail = await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { search: order.email.toUpperCase() });
    expect(byEmail.manageOrders.nodes.map((o) => o.id)).toEqual([order.id]);
    expect(byEmail.manageOrders.nodes[0].buyer.displayName).toMatch(/^Shopper /);

    // Combined with a state; and nothing found is an empty page, not an error.
    expect((await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { search: order.number, status: 'FULFILLED' })).manageOrders.nodes).toEqual([]);
    expect((await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { search: 'nobody@riders.example' })).manageOrders).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect((await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { search: 'ZZZZ-ZZZZ' })).manageOrders.nodes).toEqual([]);
  });

  it('pages through the orders a search finds', async () => {
    const first = await paidOrder();
    // The same buyer orders again.
    await env.dataSource.query(`UPDATE product_variant SET stock = stock + 1 WHERE sku = 'RIDGELINE-MULTITOOL-1'`);
    await first.buyer.data(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1') });
    const { checkout } = await first.buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) });

    const page1 = await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { search: first.email, first: 1 });
    expect(page1.manageOrders.nodes.map((o) => o.id)).toEqual([checkout.order.id]);
    expect(page1.manageOrders.pageInfo.hasNextPage).toBe(true);
    const page2 = await env.as.manager.data<ManagedOrders>(MANAGE_ORDERS, { search: first.email, first: 1, after: page1.manageOrders.pageInfo.endCursor });
    expect(page2.manageOrders.nodes.map((o) => o.id)).toEqual([first.id]);
    expect(page2.manageOrders.pageInfo.hasNextPage).toBe(false);
  });

  it('shows the buyer’s profile on the order to its buyer and brand managers, and their account and email to brand managers only', async () => {
    const order = await paidOrder();
    const { me } = await order.buyer.data<{ me: { id: string; displayName: string } }>(`{ me { id displayName } }`);
    expect((await order.buyer.data<Refunds>(REFUNDS, { id: order.id })).order.buyer).toEqual({ id: me.id, displayName: me.displayName });
    expect((await env.as.manager.data<Refunds>(REFUNDS, { id: order.id })).order.buyer).toEqual({ id: me.id, displayName: me.displayName });

    expect(await env.as.manager.data(BUYER, { id: order.id })).toEqual({ orderBuyer: { email: order.email, displayName: me.displayName, member: { id: me.id } } });
    for (const client of [order.buyer, env.as.consumer, env.as.vendor]) {
      const result = await client.request(BUYER, { id: order.id });
      expect(firstError(result).code).toBe('FORBIDDEN');
      expect(JSON.stringify(result)).not.toContain('@');
    }
    expect(firstError(await env.visitor().request(BUYER, { id: order.id })).code).toBe('UNAUTHENTICATED');
    expect(firstError(await env.as.manager.request(BUYER, { id: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND', field: 'orderId' });
  });

  it('lists every refund with amount, time and status; who asked for it only for brand managers', async () => {
    const order = await paidOrder();
    await env.as.manager.data(REFUND, { orderId: order.id, amount: 500, key: randomUUID() });
    await env.as.manager.data(REFUND, { orderId: order.id, amount: 250, key: randomUUID() });
    // A refund the provider declined stays on the record, marked as such.
    const [{ id: paymentId }] = await env.dataSource.query(`SELECT id FROM payment WHERE order_id = $1`, [order.id]);
    await env.dataSource.query(
      `INSERT INTO refund (payment_id, amount_minor, idempotency_key, status, reason, requested_by, attempts, created_at, updated_at)
       VALUES ($1, 100, $2, 'FAILED', 'refunded by the brand', NULL, 1, now() + interval '1 second', now() + interval '1 second')`,
      [paymentId, `refund-${randomUUID()}`],
    );

    const managerView = await env.as.manager.data<Refunds>(REFUNDS, { id: order.id });
    expect(managerView.order.refunds.map(({ status, amount, requestedBy, reason }) => ({ status, amount, requestedBy, reason }))).toEqual([
      { status: 'SUCCEEDED', amount: { amountMinor: 500, currency: 'EUR' }, requestedBy: { displayName: 'Maya Brandt' }, reason: 'refunded by the brand' },
      { status: 'SUCCEEDED', amount: { amountMinor: 250, currency: 'EUR' }, requestedBy: { displayName: 'Maya Brandt' }, reason: 'refunded by the brand' },
      { status: 'FAILED', amount: { amountMinor: 100, currency: 'EUR' }, requestedBy: null, reason: 'refunded by the brand' },
    ]);
    const buyerView = await order.buyer.data<Refunds>(REFUNDS, { id: order.id });
    expect(buyerView.order.refunds.map(({ status, amount, requestedBy }) => ({ status, amountMinor: amount.amountMinor, requestedBy }))).toEqual([
      { status: 'SUCCEEDED', amountMinor: 500, requestedBy: null },
      { status: 'SUCCEEDED', amountMinor: 250, requestedBy: null },
      { status: 'FAILED', amountMinor: 100, requestedBy: null },
    ]);
    expect(firstError(await env.as.consumer.request(REFUNDS, { id: order.id })).code).toBe('NOT_FOUND');
  });

  it('tells brand managers the order’s history from the event log, with who did what, and nobody else', async () => {
    const order = await paidOrder();
    await env.as.manager.data(FULFIL, { id: order.id });
    await env.as.manager.data(REFUND, { orderId: order.id, amount: 500, key: randomUUID() });

    const { orderHistory } = await env.as.manager.data<History>(HISTORY, { id: order.id });
    expect(orderHistory.map(({ type, amount, actor, reason }) => ({ type, amount, actor: actor?.displayName ?? null, reason }))).toEqual([
      { type: 'order.placed', amount: { amountMinor: order.total }, actor: expect.stringMatching(/^Shopper /), reason: null },
      { type: 'order.paid', amount: { amountMinor: order.total }, actor: expect.stringMatching(/^Shopper /), reason: null },
      { type: 'order.fulfilled', amount: null, actor: 'Maya Brandt', reason: null },
      { type: 'order.refunded', amount: { amountMinor: 500 }, actor: 'Maya Brandt', reason: 'refunded by the brand' },
    ]);
    const times = orderHistory.map((entry) => Date.parse(entry.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    for (const client of [order.buyer, env.as.consumer, env.as.vendor]) expect(firstError(await client.request(HISTORY, { id: order.id })).code).toBe('FORBIDDEN');
    expect(firstError(await env.visitor().request(HISTORY, { id: order.id })).code).toBe('UNAUTHENTICATED');
    expect(firstError(await env.as.manager.request(HISTORY, { id: randomUUID() }))).toMatchObject({ code: 'NOT_FOUND', field: 'orderId' });
  });

  it('loads buyers and refunds for a page of orders in the same number of statements for 2 orders as for 6', async () => {
    const placed: string[] = [];
    const statementsFor = async (count: number) => {
      while (placed.length < count) {
        const order = await paidOrder();
        await env.as.manager.data(REFUND, { orderId: order.id, amount: 100, key: randomUUID() });
        placed.push(order.id);
      }
      const page = `query($first: Int) { manageOrders(first: $first) { nodes { id buyer { displayName } refunds { amount { amountMinor } requestedBy { displayName } } } } }`;
      env.queries.length = 0;
      const { manageOrders } = await env.as.manager.data<{ manageOrders: { nodes: { id: string; refunds: unknown[] }[] } }>(page, { first: count });
      expect(manageOrders.nodes.map((o) => o.id)).toEqual([...placed].reverse().slice(0, count));
      expect(manageOrders.nodes.every((o) => o.refunds.length === 1)).toBe(true);
      return env.queries.length;
    };
    const two = await statementsFor(2);
    expect(await statementsFor(6)).toBe(two);
  });
});
