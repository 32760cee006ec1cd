import { randomUUID } from 'node:crypto';
import { EventFeedRunner } from '@flagship/events';
import { ReservationExpiryService, UNHONOURED_PAYMENT_REFUNDS } from '@flagship/orders';
import { MAX_AUTOMATIC_REFUND_ATTEMPTS, RefundService } from '@flagship/payments';
import { firstError } from '@flagship/testing';
import { drainUntil } from '../support/event-feed';
import { deliverUnhonourablePayment, paymentIntentFor } from '../support/late-payments';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { StripeStandIn, deliverStripeEvent, stripeSettingsFor, type StandInPaymentIntent } from '../support/stripe-stand-in';

describe('checkout with Stripe', () => {
  let env: TestEnvironment;
  let stripe: StripeStandIn;
  let shippingId: string;
  beforeAll(async () => {
    stripe = await new StripeStandIn().start();
    env = await createTestEnvironment({
      stripe: stripeSettingsFor(stripe),
    });
    shippingId = await standardShippingId(env);
  });
  afterAll(async () => {
    await env.close();
    await stripe.stop();
  });

  const orderStatus = async (id: string) => (await env.dataSource.query(`SELECT status FROM shop_order WHERE id = $1`, [id]))[0].status as string;
  const intentFor = (orderId: string, overrides: Partial<StandInPaymentIntent> = {}) => paymentIntentFor(env, orderId, overrides);

  async function placeOrder(sku = 'RIDGELINE-MULTITOOL-1') {
    return (await placeOrderAs(sku)).checkout;
  }

  async function placeOrderAs(sku = 'RIDGELINE-MULTITOOL-1') {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, sku), quantity: 1 }]);
    return { buyer, checkout: (await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout };
  }

  const paymentOf = async (orderId: string) =>
    (await env.dataSource.query(`SELECT provider, test_mode, status, refunded_minor::int AS refunded_minor, amount_minor::int AS amount_minor FROM payment WHERE order_id = $1`, [orderId]))[0];
  const refundsOf = (orderId: string) =>
    env.dataSource.query(`SELECT r.status, r.amount_minor::int AS amount_minor, r.idempotency_key FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.order_id = $1 ORDER BY r.created_at`, [orderId]);
  const REFUND = `mutation($orderId: ID!, $amount: SafeInt, $key: ID!) { refundOrder(orderId: $orderId, amountMinor: $amount, refundKey: $key) { status refunded { amountMinor } } }`;

  /** A Stripe order paid through its webhook. */
  async function paidOrder() {
    const checkout = await placeOrder();
    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(checkout.order.id));
    expect(await orderStatus(checkout.order.id)).toBe('PAID');
    return checkout;
  }

  it('creates a PaymentIntent with the order’s idempotency key and leaves the order pending for the buyer to confirm', async () => {
    const checkout = await placeOrder();

    expect(checkout.order.status).toBe('PENDING_PAYMENT');
    expect(checkout.payment).toMatchObject({ provider: 'stripe', status: 'PENDING', testMode: true, clientSecret: expect.stringContaining('_secret_') });
    const created = stripe.requests.filter((r) => r.path === '/v1/payment_intents');
    expect(created.at(-1)).toMatchObject({ idempotencyKey: `order-${checkout.order.id}` });
    expect(created.at(-1)!.body.get('amount')).toBe(String(checkout.order.total.amountMinor));
    expect(created.at(-1)!.body.get('metadata[orderId]')).toBe(checkout.order.id);
    expect(await paymentOf(checkout.order.id)).toMatchObject({ provider: 'stripe', test_mode: true, status: 'PENDING' });
  });

  it.each([
    ['another PaymentIntent id', { id: 'pi_someone_else' }],
    ['a different amount', { amount: 1 }],
    ['an amount received that differs', { amount_received: 100 } as Partial<StandInPaymentIntent>],
    ['a different currency', { currency: 'usd' }],
  ])('ignores payment_intent.succeeded with %s: logged, nothing changes', async (_case, overrides) => {
    const checkout = await placeOrder();

    const delivered = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(checkout.order.id, overrides));

    expect(delivered.status).toBe(200);
    expect(await orderStatus(checkout.order.id)).toBe('PENDING_PAYMENT');
    expect(await paymentOf(checkout.order.id)).toMatchObject({ status: 'PENDING' });
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'order.paid' AND subject_id = $1`, [checkout.order.id]);
    expect(n).toBe(0);
    // The real report still settles it.
    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(checkout.order.id));
    expect(await orderStatus(checkout.order.id)).toBe('PAID');
  });

  it('ignores payment_intent.payment_failed for another PaymentIntent', async () => {
    const checkout = await placeOrder();
    await deliverStripeEvent(env.baseUrl, 'payment_intent.payment_failed', await intentFor(checkout.order.id, { id: 'pi_someone_else', status: 'requires_payment_method' }));
    expect(await paymentOf(checkout.order.id)).toMatchObject({ status: 'PENDING' });
  });

  it('lets the buyer try again after a declined card, on the same PaymentIntent, and settles the later success', async () => {
    const { buyer, checkout } = await placeOrderAs();
    const ORDER_PAYMENT = `query($id: ID!) { order(id: $id) { status payment { status clientSecret } } }`;
    await deliverStripeEvent(env.baseUrl, 'payment_intent.payment_failed', await intentFor(checkout.order.id, { status: 'requires_payment_method' }));
    const declined = await buyer.data<{ order: { status: string; payment: { status: string; clientSecret: string | null } } }>(ORDER_PAYMENT, { id: checkout.order.id });
    expect(declined.order).toMatchObject({ status: 'PENDING_PAYMENT', payment: { status: 'FAILED', clientSecret: expect.stringContaining('_secret_') } });
    // Nobody else gets the secret, not even a brand manager.
    expect((await env.as.manager.data<{ order: { payment: { clientSecret: string | null } } }>(ORDER_PAYMENT, { id: checkout.order.id })).order.payment.clientSecret).toBeNull();

    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(checkout.order.id));
    expect(await buyer.data(ORDER_PAYMENT, { id: checkout.order.id })).toEqual({ order: { status: 'PAID', payment: { status: 'SUCCEEDED', clientSecret: null } } });
  });

  it('cancels the PaymentIntent at Stripe when the reservation expires, and stops handing out its client secret', async () => {
    const { buyer, checkout } = await placeOrderAs();
    const ORDER_PAYMENT = `query($id: ID!) { order(id: $id) { status payment { status clientSecret } } }`;
    expect((await buyer.data<{ order: { payment: { clientSecret: string | null } } }>(ORDER_PAYMENT, { id: checkout.order.id })).order.payment.clientSecret).toContain('_secret_');
    await env.dataSource.query(`UPDATE shop_order SET reservation_expires_at = now() - interval '1 second' WHERE id = $1`, [checkout.order.id]);

    const run = await env.app.get(ReservationExpiryService).run();

    expect(run).toMatchObject({ expired: 1, paymentsCancelled: 1, failed: 0 });
    const [intentId] = [(await intentFor(checkout.order.id)).id];
    const cancels = stripe.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/cancel`);
    expect(cancels).toEqual([expect.objectContaining({ idempotencyKey: `cancel-${checkout.order.id}` })]);
    expect(stripe.intents.get(intentId)!.status).toBe('canceled');
    expect(await buyer.data(ORDER_PAYMENT, { id: checkout.order.id })).toEqual({ order: { status: 'CANCELLED', payment: { status: 'CANCELLED', clientSecret: null } } });
    // Done once: the next run has nothing to cancel.
    expect(await env.app.get(ReservationExpiryService).run()).toMatchObject({ expired: 0, paymentsCancelled: 0 });
  });

  it('refunds through the provider that took the payment, not the one configured now', async () => {
    // A payment taken by the offline test provider before Stripe keys were set.
    const checkout = await placeOrder();
    await env.dataSource.query(
      `UPDATE payment SET provider = 'offline-test', test_mode = true, provider_payment_id = 'test_pay_' || order_id, status = 'SUCCEEDED' WHERE order_id = $1`,
      [checkout.order.id],
    );
    await env.dataSource.query(`UPDATE shop_order SET status = 'PAID' WHERE id = $1`, [checkout.order.id]);
    const stripeRefunds = stripe.requests.filter((r) => r.path === '/v1/refunds').length;

    const refunded = await env.as.manager.data(REFUND, { orderId: checkout.order.id, key: randomUUID() });

    expect(refunded).toEqual({ refundOrder: { status: 'REFUNDED', refunded: { amountMinor: checkout.order.total.amountMinor } } });
    expect(stripe.requests.filter((r) => r.path === '/v1/refunds')).toHaveLength(stripeRefunds);
    const [refund] = await env.dataSource.query(
      `SELECT r.status, r.provider_refund_id FROM refund r JOIN payment p ON p.id = r.payment_id WHERE p.order_id = $1`,
      [checkout.order.id],
    );
    expect(refund).toEqual({ status: 'SUCCEEDED', provider_refund_id: expect.stringMatching(/^test_refund_/) });
  });

  it('marks a refund Stripe declines FAILED and releases its amount', async () => {
    const checkout = await paidOrder();
    stripe.failures.set('/v1/refunds', { status: 402, type: 'card_error', message: 'Refund declined' });
    try {
      const declined = await env.as.manager.request(REFUND, { orderId: checkout.order.id, amount: 500, key: randomUUID() });
      expect(firstError(declined).code).toBe('PAYMENT_PROVIDER_ERROR');
    } finally {
      stripe.failures.delete('/v1/refunds');
    }
    expect(await refundsOf(checkout.order.id)).toEqual([expect.objectContaining({ status: 'FAILED', amount_minor: 500 })]);
    expect(await paymentOf(checkout.order.id)).toMatchObject({ refunded_minor: 0 });
    expect(await orderStatus(checkout.order.id)).toBe('PAID');
  });

  it('keeps a refund with no answer from Stripe PENDING, its amount held, until the retry job gets one with the same key', async () => {
    const checkout = await paidOrder();
    const total = checkout.order.total.amountMinor;
    const key = randomUUID();
    stripe.failures.set('/v1/refunds', { status: 500, type: 'api_error', message: 'Stripe is having a bad day' });
    try {
      const unknown = await env.as.manager.request(REFUND, { orderId: checkout.order.id, amount: 1000, key });
      expect(firstError(unknown).code).toBe('REFUND_PENDING');
      // The held amount counts: refunding the whole total now would overdraw.
      const tooMuch = await env.as.manager.request(REFUND, { orderId: checkout.order.id, amount: total, key: randomUUID() });
      expect(firstError(tooMuch)).toMatchObject({ code: 'CONFLICT', field: 'amountMinor' });
      // The retry job cannot reach Stripe either: still pending.
      expect(await env.app.get(RefundService).retryPending(new Date(Date.now() + 60_000))).toEqual({ succeeded: 0, failed: 0, pending: 1 });
    } finally {
      stripe.failures.delete('/v1/refunds');
    }
    expect(await refundsOf(checkout.order.id)).toEqual([{ status: 'PENDING', amount_minor: 1000, idempotency_key: `refund-${key}` }]);
    expect(await paymentOf(checkout.order.id)).toMatchObject({ refunded_minor: 1000 });
    expect(await orderStatus(checkout.order.id)).toBe('PAID');

    expect(await env.app.get(RefundService).retryPending(new Date(Date.now() + 60_000))).toEqual({ succeeded: 1, failed: 0, pending: 0 });

    const sent = stripe.requests.filter((r) => r.path === '/v1/refunds' && r.idempotencyKey === `refund-${key}`);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(await refundsOf(checkout.order.id)).toEqual([expect.objectContaining({ status: 'SUCCEEDED' })]);
    expect(await env.as.manager.data(`query($id: ID!) { order(id: $id) { status refunded { amountMinor } } }`, { id: checkout.order.id })).toEqual({
      order: { status: 'PARTIALLY_REFUNDED', refunded: { amountMinor: 1000 } },
    });
    const events = await env.dataSource.query(`SELECT actor_id IS NOT NULL AS by_manager, amount_minor FROM platform_event WHERE type = 'order.refunded' AND subject_id = $1`, [checkout.order.id]);
    expect(events).toEqual([{ by_manager: true, amount_minor: '1000' }]);
  });

  it('applies payment_intent.succeeded once, however often Stripe delivers it', async () => {
    const checkout = await placeOrder();
    const event = { id: `evt_once_${checkout.order.id}` };

    const first = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(checkout.order.id), event);
    const second = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(checkout.order.id), event);

    expect(first).toEqual({ status: 200, body: { received: true } });
    expect(second).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await orderStatus(checkout.order.id)).toBe('PAID');
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'order.paid' AND subject_id = $1`, [checkout.order.id]);
    expect(n).toBe(1);
    // Payments announced it once, and the order reacted in the same transaction.
    const announced = await env.dataSource.query(`SELECT transaction_id FROM platform_event WHERE type = 'payment.succeeded' AND payload->>'orderId' = $1`, [checkout.order.id]);
    const [paid] = await env.dataSource.query(`SELECT transaction_id FROM platform_event WHERE type = 'order.paid' AND subject_id = $1`, [checkout.order.id]);
    expect(announced).toEqual([paid]);
  });

  it('refuses a bad signature with HTTP 400 and changes nothing', async () => {
    const checkout = await placeOrder();
    const processed = await env.count('processed_webhook_event');
    const forged = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(checkout.order.id), { secret: 'whsec_wrong' });
    expect(forged.status).toBe(400);
    expect(await orderStatus(checkout.order.id)).toBe('PENDING_PAYMENT');
    expect(await env.count('processed_webhook_event')).toBe(processed);
  });

  it('refunds automatically a payment that succeeds after its reservation expired and the stock went elsewhere', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-WORK-STAND-1');
    await env.dataSource.query(`UPDATE product_variant SET stock = 1 WHERE id = $1`, [variantId]);
    const late = await placeOrder('RIDGELINE-WORK-STAND-1');
    await env.dataSource.query(`UPDATE shop_order SET reservation_expires_at = now() - interval '1 second' WHERE id = $1`, [late.order.id]);
    // The buyer pays at the last moment: Stripe refuses to cancel the PaymentIntent, its webhook comes later.
    stripe.intents.get((await intentFor(late.order.id)).id)!.status = 'succeeded';
    expect(await env.app.get(ReservationExpiryService).run()).toMatchObject({ expired: 1, paymentsCancelled: 0, failed: 1 });
    // The returned unit sells to someone else.
    const other = await placeOrder('RIDGELINE-WORK-STAND-1');
    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(other.order.id));

    const stripeRefunds = stripe.requests.filter((r) => r.path === '/v1/refunds').length;
    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(late.order.id));

    expect(await orderStatus(late.order.id)).toBe('CANCELLED');
    // Orders recorded that it cannot honour the payment, in the webhook's transaction; the refund is
    // the feed consumer's, after commit: nothing is refunded before it runs.
    const [settled] = await env.dataSource.query(`SELECT transaction_id FROM platform_event WHERE type = 'payment.succeeded' AND payload->>'orderId' = $1`, [late.order.id]);
    const unhonoured = await env.dataSource.query(`SELECT transaction_id, amount_minor, payload FROM platform_event WHERE type = 'order.payment_unhonoured' AND subject_id = $1`, [late.order.id]);
    expect(unhonoured).toEqual([{ transaction_id: settled.transaction_id, amount_minor: String(late.order.total.amountMinor), payload: expect.objectContaining({ reason: expect.any(String) }) }]);
    expect(await refundsOf(late.order.id)).toEqual([]);
    expect(stripe.requests.filter((r) => r.path === '/v1/refunds')).toHaveLength(stripeRefunds);

    await drainUntil(env, UNHONOURED_PAYMENT_REFUNDS, async () => (await refundsOf(late.order.id)).some((r: { status: string }) => r.status === 'SUCCEEDED'));

    expect(await orderStatus(late.order.id)).toBe('CANCELLED');
    const refunds = stripe.requests.filter((r) => r.path === '/v1/refunds');
    expect(refunds.at(-1)).toMatchObject({ idempotencyKey: `refund-in-full-${late.order.id}` });
    expect(refunds.at(-1)!.body.get('amount')).toBe(String(late.order.total.amountMinor));
    const [payment] = await env.dataSource.query(`SELECT status, refunded_minor, amount_minor FROM payment WHERE order_id = $1`, [late.order.id]);
    expect(payment.refunded_minor).toBe(payment.amount_minor);
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'order.refunded' AND subject_id = $1`, [late.order.id]);
    expect(n).toBe(1);
    // Payments announced the payment and the refund; orders decided the refund and recorded its own.
    const announced = await env.dataSource.query(`SELECT type, amount_minor FROM platform_event WHERE type LIKE 'payment.%' AND payload->>'orderId' = $1 ORDER BY id`, [late.order.id]);
    const total = String(late.order.total.amountMinor);
    expect(announced).toEqual([
      { type: 'payment.succeeded', amount_minor: total },
      { type: 'payment.refunded', amount_minor: total },
    ]);
    expect((await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock).toBe(0);
  });

  it('backs off between declined automatic refunds and leaves the payment to a person after five', async () => {
    const attempts = async (orderId: string): Promise<[string, string][]> => (await refundsOf(orderId)).map((r: { status: string; idempotency_key: string }) => [r.idempotency_key, r.status]);
    const refunds = env.app.get(RefundService);
    stripe.failures.set('/v1/refunds', { status: 402, type: 'card_error', message: 'Refund declined' });
    let late: Awaited<ReturnType<typeof deliverUnhonourablePayment>>;
    try {
      late = await deliverUnhonourablePayment(env, stripe);
      const key = (attempt: number) => (attempt === 1 ? `refund-in-full-${late.id}` : `refund-in-full-${late.id}-${attempt}`);
      // The first attempt is the feed consumer's.
      await drainUntil(env, UNHONOURED_PAYMENT_REFUNDS, async () => (await attempts(late.id)).length > 0 && (await attempts(late.id)).every(([, status]) => status === 'FAILED'));
      expect(await attempts(late.id)).toEqual([[key(1), 'FAILED']]);
      const ageDeclinedRefunds = (interval: string) =>
        env.dataSource.query(`UPDATE refund SET updated_at = now() - $2::interval FROM payment p WHERE p.id = refund.payment_id AND p.order_id = $1`, [late.id, interval]);
      for (let declined = 1; declined < MAX_AUTOMATIC_REFUND_ATTEMPTS; declined++) {
        // Not before 2^declined minutes…
        await ageDeclinedRefunds(`${2 ** declined} minutes -10 seconds`);
        await refunds.retryDeclinedInFull();
        expect(await attempts(late.id)).toHaveLength(declined);
        // …and then at once, with a key of its own.
        await ageDeclinedRefunds(`${2 ** declined} minutes 10 seconds`);
        await refunds.retryDeclinedInFull();
        expect((await attempts(late.id)).at(-1)).toEqual([key(declined + 1), 'FAILED']);
      }
      await ageDeclinedRefunds('1 day');
      await refunds.retryDeclinedInFull();
      expect(await attempts(late.id)).toHaveLength(MAX_AUTOMATIC_REFUND_ATTEMPTS);
      // The consumer asks for nothing more either.
      await env.dataSource.query(`UPDATE event_consumer SET transaction_id = 0, event_id = 0 WHERE name = $1`, [UNHONOURED_PAYMENT_REFUNDS]);
      await env.app.get(EventFeedRunner).drain(UNHONOURED_PAYMENT_REFUNDS);
      expect(await attempts(late.id)).toHaveLength(MAX_AUTOMATIC_REFUND_ATTEMPTS);
    } finally {
      stripe.failures.delete('/v1/refunds');
    }
    // A person refunds it.
    const refunded = await env.as.manager.data(REFUND, { orderId: late.id, key: randomUUID() });
    expect(refunded).toMatchObject({ refundOrder: { refunded: { amountMinor: late.total.amountMinor } } });
  });

  it('waits 5 minutes before asking Stripe again to cancel a PaymentIntent it would not cancel, with a new key', async () => {
    const late = await placeOrder('RIDGELINE-CHAIN-12-1');
    await env.dataSource.query(`UPDATE shop_order SET reservation_expires_at = now() - interval '1 second' WHERE id = $1`, [late.order.id]);
    const intentId = (await intentFor(late.order.id)).id;
    stripe.intents.get(intentId)!.status = 'succeeded';
    const cancels = () => stripe.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/cancel`).map((r) => r.idempotencyKey);
    const service = env.app.get(ReservationExpiryService);

    await service.run();
    expect(cancels()).toEqual([`cancel-${late.order.id}`]);
    await service.cancelAbandonedPayments();
    expect(cancels()).toHaveLength(1);
    await env.dataSource.query(`UPDATE payment SET cancel_attempted_at = now() - interval '4 minutes 50 seconds' WHERE order_id = $1`, [late.order.id]);
    await service.cancelAbandonedPayments();
    expect(cancels()).toHaveLength(1);
    await env.dataSource.query(`UPDATE payment SET cancel_attempted_at = now() - interval '5 minutes 10 seconds' WHERE order_id = $1`, [late.order.id]);
    await service.cancelAbandonedPayments();
    // Stripe replays the first answer to a reused key (a refusal too): each attempt has its own.
    expect(cancels()).toEqual([`cancel-${late.order.id}`, `cancel-${late.order.id}-2`]);
    // Its webhook settles it in the end.
    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(late.order.id));
    expect(await orderStatus(late.order.id)).toBe('PAID');
  });

  it('honours a late payment when the stock is still there', async () => {
    const late = await placeOrder('RIDGELINE-CHAIN-12-1');
    await env.dataSource.query(`UPDATE shop_order SET reservation_expires_at = now() - interval '1 second' WHERE id = $1`, [late.order.id]);
    stripe.intents.get((await intentFor(late.order.id)).id)!.status = 'succeeded';
    await env.app.get(ReservationExpiryService).run();
    expect(await orderStatus(late.order.id)).toBe('CANCELLED');

    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await intentFor(late.order.id));

    expect(await orderStatus(late.order.id)).toBe('PAID');
  });

  it('sends the publishable key to the storefront and no client secret to anyone but the buyer', async () => {
    expect(await env.visitor().data(`{ paymentSettings { provider testMode stripePublishableKey } }`)).toEqual({
      paymentSettings: { provider: 'stripe', testMode: true, stripePublishableKey: 'pk_test_flagship' },
    });
    const checkout = await placeOrder();
    const { order } = await env.as.manager.data<{ order: { payment: { clientSecret: string | null } } }>(`query($id: ID!) { order(id: $id) { payment { clientSecret } } }`, { id: checkout.order.id });
    expect(order.payment.clientSecret).toBeNull();
  });
});
