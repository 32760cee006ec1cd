import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { StripeStandIn, deliverStripeEvent, stripeSettingsFor } from '../support/stripe-stand-in';

/**
 * What a security review sent the Stripe webhook: events signed with the right secret (Stripe's own
 * test helper) about PaymentIntents the platform never created, and order ids that are not ids.
 * None of them may change anything, and none may be answered with a status Stripe would retry.
 */
describe('Stripe webhook events about payments the platform did not create', () => {
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

  /** Everything a settled payment would change. */
  const stateOf = async (orderId: string) => ({
    order: (await env.dataSource.query(`SELECT status, paid_at FROM shop_order WHERE id = $1`, [orderId]))[0],
    payment: (await env.dataSource.query(`SELECT status, provider_payment_id FROM payment WHERE order_id = $1`, [orderId]))[0],
    events: (await env.dataSource.query(`SELECT type FROM platform_event WHERE subject_id = $1 ORDER BY id`, [orderId])).map((e: { type: string }) => e.type),
  });

  /** An order whose payment could not be started (Stripe was down): its payment has no PaymentIntent id. */
  async function orderWithoutIntent() {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 }]);
    const input = checkoutInput(shippingId);
    stripe.failures.set('/v1/payment_intents', { status: 500, type: 'api_error', message: 'Stripe is down' });
    try {
      expect(firstError(await buyer.request(CHECKOUT, { input })).code).toBe('PAYMENT_PROVIDER_ERROR');
    } finally {
      stripe.failures.delete('/v1/payment_intents');
    }
    const [order] = await env.dataSource.query(`SELECT o.id, o.total_minor, o.currency FROM shop_order o JOIN payment p ON p.order_id = o.id WHERE p.provider_payment_id IS NULL ORDER BY o.created_at DESC LIMIT 1`);
    return { buyer, input, order: order as { id: string; total_minor: number; currency: string } };
  }

  const forgedIntent = (order: { id: string; total_minor: number; currency: string }, id = 'pi_forged_by_someone') => ({
    id,
    object: 'payment_intent',
    amount: Number(order.total_minor),
    amount_received: Number(order.total_minor),
    currency: order.currency.toLowerCase(),
    status: 'succeeded',
    metadata: { orderId: order.id },
  });

  it('a correctly signed success for an unknown PaymentIntent changes nothing, even where no intent id is stored', async () => {
    const { buyer, input, order } = await orderWithoutIntent();
    const before = await stateOf(order.id);
    expect(before).toMatchObject({ order: { status: 'PENDING_PAYMENT', paid_at: null }, payment: { status: 'PENDING', provider_payment_id: null } });

    const forged = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', forgedIntent(order));

    expect(forged).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await stateOf(order.id)).toEqual(before);
    // A failure report about it is ignored as well: the payment is not marked failed.
    await deliverStripeEvent(env.baseUrl, 'payment_intent.payment_failed', { ...forgedIntent(order), status: 'requires_payment_method' });
    expect(await stateOf(order.id)).toEqual(before);

    // The buyer retries; the platform creates and stores its PaymentIntent, and only that one settles the order.
    const retried = await buyer.data<CheckoutData>(CHECKOUT, { input });
    expect(retried.checkout.order.status).toBe('PENDING_PAYMENT');
    const [{ provider_payment_id: intentId }] = await env.dataSource.query(`SELECT provider_payment_id FROM payment WHERE order_id = $1`, [order.id]);
    expect(intentId).toMatch(/^pi_standin_/);
    expect((await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', forgedIntent(order))).body).toEqual({ received: true, ignored: true });
    expect((await stateOf(order.id)).order.status).toBe('PENDING_PAYMENT');
    expect((await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', forgedIntent(order, intentId))).body).toEqual({ received: true });
    expect(await stateOf(order.id)).toMatchObject({ order: { status: 'PAID' }, payment: { status: 'SUCCEEDED', provider_payment_id: intentId } });
  });

  it.each([
    ['an order id that is not a UUID', { orderId: 'not-a-uuid' }],
    ['an order id with a NUL character', { orderId: '00000000-0000-4000-8000-\u0000000000000' }],
    ['an order id that is a number', { orderId: 42 }],
    ['no order id', {}],
    ['an order that does not exist', { orderId: '00000000-0000-4000-8000-000000000000' }],
  ])('answers a signed event naming %s with 200 (Stripe would retry anything else), recorded once, changing nothing', async (_case, metadata) => {
    const orders = await env.dataSource.query(`SELECT id, status FROM shop_order ORDER BY id`);
    const id = `evt_malformed_${Math.random().toString(36).slice(2)}`;
    for (const type of ['payment_intent.succeeded', 'payment_intent.payment_failed']) {
      const delivered = await deliverStripeEvent(env.baseUrl, type, { id: 'pi_whatever', object: 'payment_intent', amount: 100, currency: 'eur', status: 'succeeded', metadata }, { id: `${id}_${type}` });
      expect(delivered).toEqual({ status: 200, body: { received: true, ignored: true } });
    }
    expect(await env.dataSource.query(`SELECT id, status FROM shop_order ORDER BY id`)).toEqual(orders);
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM processed_webhook_event WHERE id LIKE $1`, [`${id}%`]);
    expect(n).toBe(2);
  });

  it('ignores a PaymentIntent id that is not shaped like Stripe’s', async () => {
    const { order } = await orderWithoutIntent();
    const before = await stateOf(order.id);
    const delivered = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', forgedIntent(order, 'pi_\u0000nul'));
    expect(delivered).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await stateOf(order.id)).toEqual(before);
  });
});
