import { ReservationExpiryService } from '@flagship/orders';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { StripeStandIn, WEBHOOK_SECRET, deliverStripeEvent, type StandInPaymentIntent } from '../support/stripe-stand-in';

describe('checkout with Stripe', () => {
  let env: TestEnvironment;
  let stripe: StripeStandIn;
  let shippingId: string;
  beforeAll(async () => {
    stripe = await new StripeStandIn().start();
    env = await createTestEnvironment({
      stripe: { secretKey: 'sk_test_flagship', publishableKey: 'pk_test_flagship', webhookSecret: WEBHOOK_SECRET, apiBase: stripe.baseUrl },
    });
    shippingId = await standardShippingId(env);
  });
  afterAll(async () => {
    await env.close();
    await stripe.stop();
  });

  const orderStatus = async (id: string) => (await env.dataSource.query(`SELECT status FROM shop_order WHERE id = $1`, [id]))[0].status as string;
  const intentFor = (orderId: string): StandInPaymentIntent => ({
    id: `pi_for_${orderId}`,
    object: 'payment_intent',
    amount: 0,
    currency: 'eur',
    status: 'succeeded',
    client_secret: 'x',
    metadata: { orderId },
  });

  async function placeOrder(sku = 'RIDGELINE-MULTITOOL-1') {
    const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, sku), quantity: 1 }]);
    return (await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout;
  }

  it('creates a PaymentIntent with the order’s idempotency key and leaves the order pending for the buyer to confirm', async () => {
    const checkout = await placeOrder();

    expect(checkout.order.status).toBe('PENDING_PAYMENT');
    expect(checkout.payment).toMatchObject({ provider: 'stripe', status: 'PENDING', testMode: true, clientSecret: expect.stringContaining('_secret_') });
    const created = stripe.requests.filter((r) => r.path === '/v1/payment_intents');
    expect(created.at(-1)).toMatchObject({ idempotencyKey: `order-${checkout.order.id}` });
    expect(created.at(-1)!.body.get('amount')).toBe(String(checkout.order.total.amountMinor));
    expect(created.at(-1)!.body.get('metadata[orderId]')).toBe(checkout.order.id);
  });

  it('applies payment_intent.succeeded once, however often Stripe delivers it', async () => {
    const checkout = await placeOrder();
    const event = { id: `evt_once_${checkout.order.id}` };

    const first = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', intentFor(checkout.order.id), event);
    const second = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', intentFor(checkout.order.id), event);

    expect(first).toEqual({ status: 200, body: { received: true } });
    expect(second).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await orderStatus(checkout.order.id)).toBe('PAID');
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'order.paid' AND subject_id = $1`, [checkout.order.id]);
    expect(n).toBe(1);
  });

  it('refuses a bad signature with HTTP 400 and changes nothing', async () => {
    const checkout = await placeOrder();
    const forged = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', intentFor(checkout.order.id), { secret: 'whsec_wrong' });
    expect(forged.status).toBe(400);
    expect(await orderStatus(checkout.order.id)).toBe('PENDING_PAYMENT');
    expect(await env.count('processed_webhook_event')).toBe(1);
  });

  it('handles payment_intent.succeeded arriving before the checkout response', async () => {
    stripe.beforeIntentResponse = async (intent) => {
      const delivered = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', { ...intent, status: 'succeeded' });
      expect(delivered.status).toBe(200);
    };
    try {
      const checkout = await placeOrder();
      expect(checkout.order.status).toBe('PAID');
      expect(checkout.payment).toMatchObject({ status: 'SUCCEEDED', clientSecret: null });
    } finally {
      stripe.beforeIntentResponse = undefined;
    }
  });

  it('refunds automatically a payment that succeeds after its reservation expired and the stock went elsewhere', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-WORK-STAND-1');
    await env.dataSource.query(`UPDATE product_variant SET stock = 1 WHERE id = $1`, [variantId]);
    const late = await placeOrder('RIDGELINE-WORK-STAND-1');
    await env.dataSource.query(`UPDATE shop_order SET reservation_expires_at = now() - interval '1 second' WHERE id = $1`, [late.order.id]);
    await env.app.get(ReservationExpiryService).run();
    // The returned unit sells to someone else.
    const other = await placeOrder('RIDGELINE-WORK-STAND-1');
    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', intentFor(other.order.id));

    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', intentFor(late.order.id));

    expect(await orderStatus(late.order.id)).toBe('CANCELLED');
    const refunds = stripe.requests.filter((r) => r.path === '/v1/refunds');
    expect(refunds.at(-1)).toMatchObject({ idempotencyKey: `refund-in-full-${late.order.id}` });
    expect(refunds.at(-1)!.body.get('amount')).toBe(String(late.order.total.amountMinor));
    const [payment] = await env.dataSource.query(`SELECT status, refunded_minor, amount_minor FROM payment WHERE order_id = $1`, [late.order.id]);
    expect(payment.refunded_minor).toBe(payment.amount_minor);
    const [{ n }] = await env.dataSource.query(`SELECT count(*)::int AS n FROM platform_event WHERE type = 'order.refunded' AND subject_id = $1`, [late.order.id]);
    expect(n).toBe(1);
    expect((await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock).toBe(0);
  });

  it('honours a late payment when the stock is still there', async () => {
    const late = await placeOrder('RIDGELINE-CHAIN-12-1');
    await env.dataSource.query(`UPDATE shop_order SET reservation_expires_at = now() - interval '1 second' WHERE id = $1`, [late.order.id]);
    await env.app.get(ReservationExpiryService).run();
    expect(await orderStatus(late.order.id)).toBe('CANCELLED');

    await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', intentFor(late.order.id));

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
