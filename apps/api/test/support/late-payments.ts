import { ReservationExpiryService } from '@flagship/orders';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from './shop-fixtures';
import { deliverStripeEvent, type StandInPaymentIntent, type StripeStandIn } from './stripe-stand-in';
import type { TestEnvironment } from './test-environment';

/** The order's PaymentIntent as Stripe reports it once paid: the stored id, amount and currency. */
export async function paymentIntentFor(env: Pick<TestEnvironment, 'dataSource'>, orderId: string, overrides: Partial<StandInPaymentIntent> = {}): Promise<StandInPaymentIntent> {
  const [payment] = await env.dataSource.query(`SELECT provider_payment_id, amount_minor, currency FROM payment WHERE order_id = $1`, [orderId]);
  return {
    id: payment.provider_payment_id,
    object: 'payment_intent',
    amount: Number(payment.amount_minor),
    currency: payment.currency.toLowerCase(),
    status: 'succeeded',
    client_secret: 'x',
    metadata: { orderId },
    ...overrides,
  };
}

async function placeStripeOrder(env: TestEnvironment, sku: string): Promise<CheckoutData['checkout']> {
  const [buyer] = await createShoppers(env, 1, [{ variantId: await variantIdBySku(env, sku), quantity: 1 }]);
  return (await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) })).checkout;
}

/**
 * A Stripe payment its order cannot honour, delivered through the webhook: the buyer pays at the last
 * moment (so Stripe refuses to cancel the PaymentIntent), the reservation expires, the one unit in
 * stock sells to another buyer, and then the late payment's webhook arrives. Returns the late order.
 */
export async function deliverUnhonourablePayment(env: TestEnvironment, stripe: StripeStandIn, sku = 'RIDGELINE-WORK-STAND-1'): Promise<CheckoutData['checkout']['order']> {
  const variantId = await variantIdBySku(env, sku);
  await env.dataSource.query(`UPDATE product_variant SET stock = 1 WHERE id = $1`, [variantId]);
  const late = await placeStripeOrder(env, sku);
  await env.dataSource.query(`UPDATE shop_order SET reservation_expires_at = now() - interval '1 second' WHERE id = $1`, [late.order.id]);
  stripe.intents.get((await paymentIntentFor(env, late.order.id)).id)!.status = 'succeeded';
  await env.app.get(ReservationExpiryService).run();
  const [{ status }] = await env.dataSource.query(`SELECT status FROM shop_order WHERE id = $1`, [late.order.id]);
  if (status !== 'CANCELLED') throw new Error(`The late order is ${status}, not CANCELLED`);
  // The returned unit sells to someone else.
  const other = await placeStripeOrder(env, sku);
  await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await paymentIntentFor(env, other.order.id));

  const delivered = await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', await paymentIntentFor(env, late.order.id));
  if (delivered.status !== 200) throw new Error(`The webhook answered ${delivered.status}`);
  return late.order;
}
