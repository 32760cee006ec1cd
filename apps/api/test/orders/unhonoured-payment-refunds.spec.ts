import { jest } from '@jest/globals';
import { TransactionalConnection } from '@flagship/database';
import { EventFeedRunner } from '@flagship/events';
import { UNHONOURED_PAYMENT_REFUNDS, ordersMigrations } from '@flagship/orders';
import { RefundService } from '@flagship/payments';
import type { TestDatabase } from '@flagship/testing';
import pg from 'pg';
import type { MigrationInterface } from 'typeorm';
import { drainUntil } from '../support/event-feed';
import { deliverUnhonourablePayment, paymentIntentFor } from '../support/late-payments';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { StripeStandIn, deliverStripeEvent, stripeSettingsFor } from '../support/stripe-stand-in';
import { createPlatformTestDatabase, createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * A payment its order cannot honour is given back through the event feed: orders records
 * `order.payment_unhonoured` with the payment, its consumer writes the refund request in its batch,
 * and the provider is asked after that batch has committed. Here each API process on the one database
 * stops at a different point between the payment and the refund, and the next one carries on.
 */
describe('refunds of payments an order cannot honour', () => {
  let stripe: StripeStandIn;
  let database: TestDatabase;
  /** The test's own connection: it outlives the processes. */
  let admin: pg.Client;
  const running: TestEnvironment[] = [];
  beforeAll(async () => {
    stripe = await new StripeStandIn().start();
    database = await createPlatformTestDatabase();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    for (const env of running) await env.close();
    await admin.end();
    await database.drop();
    await stripe.stop();
  });

  /** One API process on the shared database, paying with the Stripe stand-in; jobs off (the test runs them). */
  async function startProcess(): Promise<TestEnvironment> {
    const env = await createTestEnvironment(
      { stripe: stripeSettingsFor(stripe) },
      { database },
    );
    running.push(env);
    return env;
  }
  async function stop(env: TestEnvironment): Promise<void> {
    running.splice(running.indexOf(env), 1);
    await env.close();
  }

  const query = async <Row = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await admin.query(sql, params)).rows as Row[];
  const refundsOf = (orderId: string) =>
    query<{ status: string; idempotency_key: string }>(
      `SELECT r.status, r.idempotency_key FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.order_id = $1 ORDER BY r.created_at`,
      [orderId],
    );
  const refundRequests = () => stripe.requests.filter((r) => r.path === '/v1/refunds');
  /** True once the consumer's stored position is at or past the order's `order.payment_unhonoured`. */
  const consumedPast = async (orderId: string) =>
    (
      await query<{ past: boolean }>(
        `SELECT (c.transaction_id, c.event_id) >= (e.transaction_id, e.id) AS past FROM event_consumer c, platform_event e
         WHERE c.name = $1 AND e.type = 'order.payment_unhonoured' AND e.subject_id = $2`,
        [UNHONOURED_PAYMENT_REFUNDS, orderId],
      )
    )[0]?.past === true;

  function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
    let resolve!: (value: T) => void;
    return { promise: new Promise<T>((done) => (resolve = done)), resolve };
  }

  /** Runs the consumer until `reached` settles (a batch got to the point the test waits for); the feed may hold the event back a while. */
  async function drainUntilReached(env: TestEnvironment, reached: Promise<unknown>): Promise<Promise<unknown>> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const draining = env.app.get(EventFeedRunner).drain(UNHONOURED_PAYMENT_REFUNDS);
      if ((await Promise.race([reached.then(() => 'reached'), draining.then(() => 'drained')])) === 'reached') return draining;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The consumer never got there');
  }

  it('refunds once whatever process stops between the payment and the refund: before the consumer ran, mid-batch, and after the batch committed but before the provider was asked', async () => {
    // Process A takes the late payment: the webhook's transaction records the payment and that the order cannot honour it…
    const a = await startProcess();
    const late = await deliverUnhonourablePayment(a, stripe);
    expect(await query(`SELECT amount_minor FROM platform_event WHERE type = 'order.payment_unhonoured' AND subject_id = $1`, [late.id])).toEqual([
      { amount_minor: String(late.total.amountMinor) },
    ]);
    // …and stops before any consumer ran: nothing was refunded, nothing is lost.
    await stop(a);
    expect(await refundsOf(late.id)).toEqual([]);
    expect(refundRequests()).toEqual([]);

    // Process B takes the batch and dies in it, after writing the refund request: its connection is gone before the commit.
    const b = await startProcess();
    const killedMidBatch = deferred();
    const refunds = b.app.get(RefundService);
    const request = refunds.requestRefundInFull.bind(refunds);
    jest.spyOn(refunds, 'requestRefundInFull').mockImplementation(async (orderId, reason) => {
      const refund = await request(orderId, reason);
      const [{ pid }] = await b.app.get(TransactionalConnection).query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await query('SELECT pg_terminate_backend($1)', [pid]);
      killedMidBatch.resolve();
      return refund;
    });
    expect(await (await drainUntilReached(b, killedMidBatch.promise))).toMatchObject({ failed: true });
    await stop(b);
    expect(await refundsOf(late.id)).toEqual([]);
    expect(await consumedPast(late.id)).toBe(false);
    expect(refundRequests()).toEqual([]);

    // Process C runs the batch to its commit and dies at once: nothing it meant to do after the commit happens.
    const c = await startProcess();
    const connection = c.app.get(TransactionalConnection);
    const dropped: unknown[] = [];
    jest.spyOn(connection, 'afterCommit').mockImplementation(async (effect) => {
      if (!connection.inTransaction) throw new Error('expected only effects registered inside a transaction');
      dropped.push(effect);
    });
    await drainUntil(c, UNHONOURED_PAYMENT_REFUNDS, () => consumedPast(late.id));
    await stop(c);
    expect(dropped.length).toBeGreaterThan(0);
    // The batch committed: the request is written, PENDING with its amount held, and the consumer moved past the event.
    expect(await refundsOf(late.id)).toEqual([{ status: 'PENDING', idempotency_key: `refund-in-full-${late.id}` }]);
    expect(await query(`SELECT refunded_minor::text AS held FROM payment WHERE order_id = $1`, [late.id])).toEqual([{ held: String(late.total.amountMinor) }]);
    expect(refundRequests()).toEqual([]);

    // Process D: the consumer has nothing left to do; the refund retry job asks Stripe, once.
    const d = await startProcess();
    await d.app.get(EventFeedRunner).drain(UNHONOURED_PAYMENT_REFUNDS);
    expect(await refundsOf(late.id)).toHaveLength(1);
    expect(await d.app.get(RefundService).retryPending(new Date(Date.now() + 60_000))).toEqual({ succeeded: 1, failed: 0, pending: 0 });

    expect(refundRequests()).toEqual([expect.objectContaining({ idempotencyKey: `refund-in-full-${late.id}` })]);
    expect(refundRequests()[0].body.get('amount')).toBe(String(late.total.amountMinor));
    expect(await refundsOf(late.id)).toEqual([{ status: 'SUCCEEDED', idempotency_key: `refund-in-full-${late.id}` }]);
    const events = () =>
      query(`SELECT type FROM platform_event WHERE (subject_id = $1 OR payload->>'orderId' = $1) AND type IN ('payment.refunded', 'order.refunded') ORDER BY id`, [late.id]);
    expect(await events()).toEqual([{ type: 'payment.refunded' }, { type: 'order.refunded' }]);
    expect(await query(`SELECT o.status, o.refunded_minor::text AS refunded FROM shop_order o WHERE o.id = $1`, [late.id])).toEqual([
      { status: 'CANCELLED', refunded: String(late.total.amountMinor) },
    ]);

    // Handed over again from the start, the batch asks for nothing more; nor does the retry job.
    await query(`UPDATE event_consumer SET transaction_id = 0, event_id = 0 WHERE name = $1`, [UNHONOURED_PAYMENT_REFUNDS]);
    await drainUntil(d, UNHONOURED_PAYMENT_REFUNDS, () => consumedPast(late.id));
    expect(await d.app.get(RefundService).retryPending(new Date(Date.now() + 60_000))).toEqual({ succeeded: 0, failed: 0, pending: 0 });
    expect(await d.app.get(RefundService).retryDeclinedInFull()).toEqual({ succeeded: 0, failed: 0, pending: 0 });
    expect(refundRequests()).toHaveLength(1);
    expect(await refundsOf(late.id)).toHaveLength(1);
    expect(await events()).toHaveLength(2);
  });

  /** A Stripe order, paid, then cancelled without a word to the feed: what a payment whose refund was never asked for looks like. */
  async function paidThenCancelled(env: TestEnvironment) {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
    const { order } = (await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) })).checkout;
    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await paymentIntentFor(env, order.id));
    await query(`UPDATE shop_order SET status = 'CANCELLED', cancelled_at = clock_timestamp() WHERE id = $1`, [order.id]);
    return order;
  }

  /** The migration that hands such payments to the feed, run again on this database. */
  async function runHandOverMigration(env: TestEnvironment): Promise<void> {
    const migration = ordersMigrations.find((m) => m.name === 'UnhonouredPaymentsToTheFeed1764800000700') as unknown as new () => MigrationInterface;
    const runner = env.dataSource.createQueryRunner();
    try {
      await new migration().up(runner);
    } finally {
      await runner.release();
    }
  }

  it('hands the feed the unhonoured payments left unrefunded before the change (what the reservation job’s sweep used to find)', async () => {
    const env = await startProcess();
    // Its process stopped after the commit, when the refund was an after-commit effect.
    const order = await paidThenCancelled(env);
    await runHandOverMigration(env);
    await runHandOverMigration(env); // a second run records nothing more
    expect(await query(`SELECT amount_minor, payload->>'paymentId' IS NOT NULL AS has_payment FROM platform_event WHERE type = 'order.payment_unhonoured' AND subject_id = $1`, [order.id])).toEqual([
      { amount_minor: String(order.total.amountMinor), has_payment: true },
    ]);

    await drainUntil(env, UNHONOURED_PAYMENT_REFUNDS, async () => (await refundsOf(order.id)).some((r) => r.status === 'SUCCEEDED'));

    expect(await refundsOf(order.id)).toEqual([{ status: 'SUCCEEDED', idempotency_key: `refund-in-full-${order.id}` }]);
    expect(refundRequests().filter((r) => r.idempotencyKey === `refund-in-full-${order.id}`)).toHaveLength(1);
  });

  it('keeps the refund of a payment whose provider is not configured now pending, without holding up the refunds after it', async () => {
    const env = await startProcess();
    const stranded = await paidThenCancelled(env);
    // Taken by Stripe in live mode; this platform has test keys only.
    await query(`UPDATE payment SET test_mode = false WHERE order_id = $1`, [stranded.id]);
    const next = await paidThenCancelled(env);
    await runHandOverMigration(env);

    await drainUntil(env, UNHONOURED_PAYMENT_REFUNDS, async () => (await refundsOf(next.id)).some((r) => r.status === 'SUCCEEDED'));

    expect(await refundsOf(stranded.id)).toEqual([{ status: 'PENDING', idempotency_key: `refund-in-full-${stranded.id}` }]);
    expect(await query(`SELECT r.last_error FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.order_id = $1`, [stranded.id])).toEqual([
      { last_error: expect.stringContaining('not configured for now') },
    ]);
    expect(await query(`SELECT last_error FROM event_consumer WHERE name = $1`, [UNHONOURED_PAYMENT_REFUNDS])).toEqual([{ last_error: null }]);
    const refunds = env.app.get(RefundService);
    expect(await refunds.retryPending(new Date(Date.now() + 60_000))).toEqual({ succeeded: 0, failed: 0, pending: 1 });
    // Once the provider is there, the retry job finishes it.
    await query(`UPDATE payment SET test_mode = true WHERE order_id = $1`, [stranded.id]);
    expect(await refunds.retryPending(new Date(Date.now() + 60_000))).toEqual({ succeeded: 1, failed: 0, pending: 0 });
    expect(refundRequests().filter((r) => r.idempotencyKey === `refund-in-full-${stranded.id}`)).toHaveLength(1);
  });
});
