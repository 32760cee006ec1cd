import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { SellerKind } from '@flagship/catalog';
import { LedgerAccounts, LedgerService, LedgerTransactionKind, OrderPartRefundService, OrderPartRefundSweepJob, OrderPartService } from '@flagship/marketplace';
import { PaymentProviderError, PaymentProviders, RefundService } from '@flagship/payments';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createVendor, listApproved, type TestSeller } from '../support/marketplace-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const REFUND_PART = `mutation($partId: ID!, $amount: SafeInt!, $key: ID!) { refundOrderPart(partId: $partId, amountMinor: $amount, refundKey: $key, reason: "damaged") { id status refunded { amountMinor } earnings { net { amountMinor } commissionRefunded { amountMinor } } } }`;
const FULFIL = `mutation($partId: ID!) { fulfilOrderPart(partId: $partId) { id status } }`;
const CANCEL = `mutation($partId: ID!) { cancelOrderPart(partId: $partId, reason: "out of stock") { id status refunded { amountMinor } } }`;
const VENDOR_PARTS = `query($vendorId: ID!) { vendorOrderParts(vendorId: $vendorId, first: 10) { nodes { id status sellerName lines { sku quantity } shipTo { name city } earnings { gross { amountMinor } commission { amountMinor } net { amountMinor } } } } }`;
const BUYER_ORDER = `query($id: ID!) { order(id: $id) { status refunded { amountMinor } parts { id sellerName sellerKind status total { amountMinor } refunded { amountMinor } earnings { net { amountMinor } } shipTo { city } lines { sku } refunds { amount { amountMinor } status } } } }`;
const REFUND_ORDER = `mutation($orderId: ID!, $amount: SafeInt, $key: ID!) { refundOrder(orderId: $orderId, amountMinor: $amount, refundKey: $key) { status } }`;

interface PartRow {
  id: string;
  seller_kind: string;
  status: string;
  gross_minor: number;
  commission_minor: number;
  net_minor: number;
  refunded_minor: number;
  commission_refunded_minor: number;
}

describe('order parts: fulfilment, refunds and their ledger reversal (decision 0036)', () => {
  let env: TestEnvironment;
  let vendor: TestSeller;
  let other: TestSeller;
  let vendorVariant: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    vendor = await createVendor(env, 'VeloFit Studio');
    other = await createVendor(env, 'Other Vendor');
    ({ variantId: vendorVariant } = await listApproved(env, vendor, { priceMinor: 49_99, stock: 50 }));
  });
  afterAll(() => env.close());

  async function mixedOrder(): Promise<{ orderId: string; buyer: GraphQLTestClient; brand: PartRow; part: PartRow }> {
    const [buyer] = await createShoppers(env, 1, [
      { variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 },
      { variantId: vendorVariant, quantity: 2 },
    ]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    const [brand, part] = await partsOf(checkout.order.id);
    return { orderId: checkout.order.id, buyer, brand, part };
  }

  async function partsOf(orderId: string): Promise<PartRow[]> {
    return env.dataSource.query(
      `SELECT id, seller_kind, status, gross_minor::int, commission_minor::int, net_minor::int, refunded_minor::int, commission_refunded_minor::int
         FROM order_part WHERE order_id = $1 ORDER BY seller_kind`,
      [orderId],
    );
  }

  async function unbalanced(): Promise<number> {
    const [{ count }] = await env.dataSource.query(
      `SELECT count(*)::int AS count FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0) t`,
    );
    return count;
  }

  it('a vendor refunds part of its part, then the rest: commission reversed in proportion, the ledger balanced, the part REFUNDED', async () => {
    const { orderId, buyer, part } = await mixedOrder();
    const first = await vendor.client.data<{ refundOrderPart: { status: string; refunded: { amountMinor: number } } }>(REFUND_PART, { partId: part.id, amount: 33_33, key: randomUUID() });
    expect(first.refundOrderPart).toMatchObject({ status: 'PAID', refunded: { amountMinor: 33_33 } });
    // Over what is left on the part: BAD_USER_INPUT on amountMinor, nothing written.
    expect(firstError(await vendor.client.request(REFUND_PART, { partId: part.id, amount: part.gross_minor, key: randomUUID() }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amountMinor',
    });
    const key = randomUUID();
    const rest = part.gross_minor - 33_33;
    await vendor.client.data(REFUND_PART, { partId: part.id, amount: rest, key });
    // The same key again refunds nothing more.
    await vendor.client.data(REFUND_PART, { partId: part.id, amount: rest, key });
    const [, after] = await partsOf(orderId);
    expect(after).toMatchObject({ status: 'REFUNDED', refunded_minor: part.gross_minor, commission_refunded_minor: part.commission_minor });

    const seller = LedgerAccounts.seller({ kind: SellerKind.VENDOR, id: vendor.sellerId });
    const entries = await env.app.get(LedgerService).entriesOfPart(part.id);
    expect(entries.filter((e) => e.kind === LedgerTransactionKind.REFUND && e.account === seller).reduce((s, e) => s + e.amountMinor, 0)).toBe(-part.net_minor);
    expect(entries.reduce((s, e) => s + e.amountMinor, 0)).toBe(0);
    expect(await unbalanced()).toBe(0);

    const order = await buyer.data<{ order: { status: string; refunded: { amountMinor: number }; parts: { sellerName: string; status: string; earnings: unknown; shipTo: unknown; refunds: unknown[] }[] } }>(BUYER_ORDER, { id: orderId });
    expect(order.order.status).toBe('PARTIALLY_REFUNDED');
    expect(order.order.refunded.amountMinor).toBe(part.gross_minor);
    expect(order.order.parts.map((p) => p.sellerName)).toEqual(['Ridgeline Cycles', 'VeloFit Studio']);
    // The buyer never sees commission, net or the seller's shipping view.
    expect(order.order.parts.every((p) => p.earnings === null && p.shipTo === null)).toBe(true);
    expect(order.order.parts[1].refunds).toHaveLength(2);
    const events = await env.dataSource.query(`SELECT payload FROM platform_event WHERE type = 'order_part.refunded' AND subject_id = $1 ORDER BY id`, [part.id]);
    expect(events.map((e: { payload: { commissionReversedMinor: number } }) => e.payload.commissionReversedMinor).reduce((a: number, b: number) => a + b, 0)).toBe(part.commission_minor);
  });

  it('the vendor fulfils its part and sees its net; another vendor gets NOT_FOUND for every query and mutation on it', async () => {
    const { part } = await mixedOrder();
    expect(firstError(await other.client.request(FULFIL, { partId: part.id })).code).toBe('NOT_FOUND');
    expect(firstError(await other.client.request(REFUND_PART, { partId: part.id, amount: 1, key: randomUUID() })).code).toBe('NOT_FOUND');
    expect(firstError(await other.client.request(CANCEL, { partId: part.id })).code).toBe('NOT_FOUND');
    expect(firstError(await other.client.request(VENDOR_PARTS, { vendorId: vendor.sellerId })).code).toBe('NOT_FOUND');
    expect((await partsOf((await env.dataSource.query(`SELECT order_id FROM order_part WHERE id = $1`, [part.id]))[0].order_id))[1]).toMatchObject({ status: 'PAID', refunded_minor: 0 });

    expect(await vendor.client.data(FULFIL, { partId: part.id })).toEqual({ fulfilOrderPart: { id: part.id, status: 'FULFILLED' } });
    const list = await vendor.client.data<{ vendorOrderParts: { nodes: { id: string; status: string; shipTo: { name: string; city: string }; earnings: { net: { amountMinor: number } } }[] } }>(VENDOR_PARTS, {
      vendorId: vendor.sellerId,
    });
    const mine = list.vendorOrderParts.nodes.find((n) => n.id === part.id)!;
    expect(mine).toMatchObject({ status: 'FULFILLED', shipTo: { city: 'Berlin' }, earnings: { net: { amountMinor: part.net_minor } } });
    // A fulfilled part can no longer be cancelled (a refund still can).
    expect(firstError(await vendor.client.request(CANCEL, { partId: part.id })).code).toBe('CONFLICT');
  });

  it('the seller cancels a paid part before fulfilment: a full refund, the part CANCELLED, the brand part untouched', async () => {
    const { orderId, part } = await mixedOrder();
    expect(await vendor.client.data(CANCEL, { partId: part.id })).toEqual({ cancelOrderPart: { id: part.id, status: 'CANCELLED', refunded: { amountMinor: part.gross_minor } } });
    const [brand, after] = await partsOf(orderId);
    expect(brand).toMatchObject({ status: 'PAID', refunded_minor: 0 });
    // The brand manager fulfils the order: the brand's own part is FULFILLED with it.
    await env.as.manager.data(`mutation($id: ID!) { fulfilOrder(id: $id) { status } }`, { id: orderId });
    expect((await partsOf(orderId))[0].status).toBe('FULFILLED');
    expect(after).toMatchObject({ status: 'CANCELLED', commission_refunded_minor: part.commission_minor });
    const [{ count }] = await env.dataSource.query(`SELECT count(*)::int AS count FROM platform_event WHERE type = 'order_part.cancelled' AND subject_id = $1`, [part.id]);
    expect(count).toBe(1);
  });

  it('a brand manager’s whole-order refund is spread over the parts in proportion and each is reversed', async () => {
    const { orderId, brand, part } = await mixedOrder();
    const total = brand.gross_minor + part.gross_minor;
    await env.as.manager.data(REFUND_ORDER, { orderId, amount: 50_01, key: randomUUID() });
    const [b1, p1] = await partsOf(orderId);
    expect(b1.refunded_minor + p1.refunded_minor).toBe(50_01);
    expect(Math.abs(p1.refunded_minor - Math.round((50_01 * part.gross_minor) / total))).toBeLessThanOrEqual(1);
    await env.as.manager.data(REFUND_ORDER, { orderId, key: randomUUID() });
    const [b2, p2] = await partsOf(orderId);
    expect(b2).toMatchObject({ status: 'REFUNDED', refunded_minor: brand.gross_minor });
    expect(p2).toMatchObject({ status: 'REFUNDED', refunded_minor: part.gross_minor, commission_refunded_minor: part.commission_minor });
    expect(await unbalanced()).toBe(0);
  });

  it('the refund and its ledger reversal happen together or not at all: a failure between them leaves the refund PENDING, and the retry completes both', async () => {
    const { orderId, part } = await mixedOrder();
    const ledger = env.app.get(LedgerService);
    const original = ledger.post.bind(ledger);
    const spy = jest.spyOn(ledger, 'post').mockImplementation(async (posting) => {
      if (posting.kind === LedgerTransactionKind.REFUND) throw new Error('injected: the ledger is unavailable');
      return original(posting);
    });
    const key = randomUUID();
    try {
      await expect(env.app.get(OrderPartRefundService).refund({ partId: part.id, amountMinor: 10_00, idempotencyKey: key, reason: 'test', actorId: null })).rejects.toThrow(/injected/);
    } finally {
      spy.mockRestore();
    }
    const [refund] = await env.dataSource.query(`SELECT status FROM refund WHERE idempotency_key = $1`, [`order-part-refund-${key}`]);
    expect(refund.status).toBe('PENDING');
    expect((await partsOf(orderId))[1]).toMatchObject({ refunded_minor: 0, commission_refunded_minor: 0, status: 'PAID' });
    const [{ refunded_minor: orderRefunded }] = await env.dataSource.query(`SELECT refunded_minor::int FROM shop_order WHERE id = $1`, [orderId]);
    expect(orderRefunded).toBe(0);
    expect((await ledger.entriesOfPart(part.id)).filter((e) => e.kind === LedgerTransactionKind.REFUND)).toHaveLength(0);
    // While PENDING the amount counts against the part.
    await expect(
      env.app.get(OrderPartRefundService).refund({ partId: part.id, amountMinor: part.gross_minor - 10_00 + 1, idempotencyKey: randomUUID(), reason: 'test', actorId: null }),
    ).rejects.toMatchObject({ field: 'amountMinor' });

    await env.app.get(RefundService).retryPending(new Date(Date.now() + 60_000));
    expect((await partsOf(orderId))[1]).toMatchObject({ refunded_minor: 10_00 });
    expect((await ledger.entriesOfPart(part.id)).filter((e) => e.kind === LedgerTransactionKind.REFUND).reduce((s, e) => s + (e.account === LedgerAccounts.clearing ? e.amountMinor : 0), 0)).toBe(10_00);
    // Replaying the caller's key now answers with the part, refunding nothing more.
    const replay = await env.app.get(OrderPartRefundService).refund({ partId: part.id, amountMinor: 10_00, idempotencyKey: key, reason: 'test', actorId: null });
    expect(replay.refundedMinor).toBe(10_00);
    expect(await env.app.get(OrderPartService).fulfil(part.id, null)).toMatchObject({ status: 'FULFILLED' });
  });
  it('a part refund whose process stopped before the payment refund was written is asked again by the sweep, with its key, once', async () => {
    const { orderId, part } = await mixedOrder();
    const key = `order-part-refund-${randomUUID()}`;
    const insert = (refundKey: string, minutesAgo: number) =>
      env.dataSource.query(
        `INSERT INTO order_part_refund (order_part_id, refund_key, amount_minor, reason, status, created_at) VALUES ($1, $2, 15_00, 'crashed', 'PENDING', now() - make_interval(mins => $3)) RETURNING id`,
        [part.id, refundKey, minutesAgo],
      );
    // Step 1 committed ten minutes ago; the process died before RefundService wrote its refund.
    const [{ id: orphan }] = await insert(key, 10);
    // One written a moment ago may still be on its way to the provider: left alone.
    const freshKey = `order-part-refund-${randomUUID()}`;
    const [{ id: fresh }] = await insert(freshKey, 1);
    // Until then both count against the part.
    await expect(
      env.app.get(OrderPartRefundService).refund({ partId: part.id, amountMinor: part.gross_minor - 30_00 + 1, idempotencyKey: randomUUID(), reason: 'test', actorId: null }),
    ).rejects.toMatchObject({ field: 'amountMinor' });

    await env.app.get(OrderPartRefundSweepJob).run();
    await env.app.get(OrderPartRefundSweepJob).run();

    const refunds = await env.dataSource.query(`SELECT idempotency_key, status, amount_minor::int FROM refund WHERE payment_id = (SELECT id FROM payment WHERE order_id = $1)`, [orderId]);
    expect(refunds).toEqual([{ idempotency_key: key, status: 'SUCCEEDED', amount_minor: 15_00 }]);
    const rows = await env.dataSource.query(`SELECT id, status FROM order_part_refund WHERE id = ANY($1::uuid[]) ORDER BY created_at`, [[orphan, fresh]]);
    expect(rows).toEqual([
      { id: orphan, status: 'SUCCEEDED' },
      { id: fresh, status: 'PENDING' },
    ]);
    expect((await partsOf(orderId))[1]).toMatchObject({ refunded_minor: 15_00 });
    expect(await unbalanced()).toBe(0);
    // What is left is refundable again (the fresh row still held).
    const after = await env.app.get(OrderPartRefundService).refund({ partId: part.id, amountMinor: part.gross_minor - 30_00, idempotencyKey: randomUUID(), reason: 'rest', actorId: null });
    expect(after.refundedMinor).toBe(part.gross_minor - 15_00);
  });

  it('an orphaned part refund the provider declines is marked FAILED by the sweep, freeing its amount', async () => {
    const { orderId, part } = await mixedOrder();
    const key = `order-part-refund-${randomUUID()}`;
    await env.dataSource.query(
      `INSERT INTO order_part_refund (order_part_id, refund_key, amount_minor, reason, status, created_at) VALUES ($1, $2, $3, 'crashed', 'PENDING', now() - interval '10 minutes')`,
      [part.id, key, part.gross_minor],
    );
    const provider = env.app.get(PaymentProviders).for({ provider: 'offline-test', testMode: true });
    const declined = jest.spyOn(provider, 'refund').mockRejectedValueOnce(new PaymentProviderError('DECLINED', 'injected: declined'));
    try {
      await env.app.get(OrderPartRefundSweepJob).run();
    } finally {
      declined.mockRestore();
    }
    expect((await env.dataSource.query(`SELECT status FROM order_part_refund WHERE refund_key = $1`, [key]))[0].status).toBe('FAILED');
    const part2 = await env.app.get(OrderPartRefundService).refund({ partId: part.id, amountMinor: part.gross_minor, idempotencyKey: randomUUID(), reason: 'all', actorId: null });
    expect(part2).toMatchObject({ status: 'REFUNDED', refundedMinor: part.gross_minor });
    expect((await partsOf(orderId))[1]).toMatchObject({ status: 'REFUNDED' });
  });

  it('replaying a key whose refund succeeded answers with the part, whatever amount it asks now', async () => {
    const { part } = await mixedOrder();
    const key = randomUUID();
    const refunds = env.app.get(OrderPartRefundService);
    await refunds.refund({ partId: part.id, amountMinor: 20_00, idempotencyKey: key, reason: 'first', actorId: null });
    const replay = await refunds.refund({ partId: part.id, amountMinor: 5_00, idempotencyKey: key, reason: 'recomputed', actorId: null });
    expect(replay.refundedMinor).toBe(20_00);
    // A different amount for a key still in progress or declined is refused as before.
    await expect(refunds.refund({ partId: part.id, amountMinor: 0, idempotencyKey: randomUUID(), reason: 'x', actorId: null })).rejects.toMatchObject({ field: 'amountMinor' });
  });

  it('a cancellation the provider declined can be tried again, with a new key, and then refunds once', async () => {
    const { orderId, part } = await mixedOrder();
    const provider = env.app.get(PaymentProviders).for({ provider: 'offline-test', testMode: true });
    const declined = jest.spyOn(provider, 'refund').mockRejectedValueOnce(new PaymentProviderError('DECLINED', 'injected: declined'));
    try {
      expect(firstError(await vendor.client.request(CANCEL, { partId: part.id }))).toBeDefined();
    } finally {
      declined.mockRestore();
    }
    expect((await partsOf(orderId))[1]).toMatchObject({ status: 'PAID', refunded_minor: 0 });

    expect(await vendor.client.data(CANCEL, { partId: part.id })).toEqual({ cancelOrderPart: { id: part.id, status: 'CANCELLED', refunded: { amountMinor: part.gross_minor } } });
    expect(await vendor.client.data(CANCEL, { partId: part.id })).toMatchObject({ cancelOrderPart: { status: 'CANCELLED' } });
    const rows = await env.dataSource.query(`SELECT refund_key, status FROM order_part_refund WHERE order_part_id = $1 ORDER BY created_at`, [part.id]);
    expect(rows).toEqual([
      { refund_key: `order-part-refund-cancel-${part.id}`, status: 'FAILED' },
      { refund_key: `order-part-refund-cancel-${part.id}-attempt-2`, status: 'SUCCEEDED' },
    ]);
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM refund WHERE payment_id = (SELECT id FROM payment WHERE order_id = $1) AND status = 'SUCCEEDED'`, [orderId]);
    expect(n).toBe(1);
    expect(await unbalanced()).toBe(0);
  });
});
