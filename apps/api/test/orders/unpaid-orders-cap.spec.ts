import { MAX_UNPAID_ORDERS_PER_ACCOUNT, ReservationExpiryService } from '@flagship/orders';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { StripeStandIn, deliverStripeEvent, stripeSettingsFor } from '../support/stripe-stand-in';

const ADD_TO_CART = `mutation($variantId: ID!, $quantity: Int!) { addToCart(variantId: $variantId, quantity: $quantity) { items { quantity } } }`;

/**
 * Unpaid orders hold stock: a security review held a variant's whole stock with orders it never paid.
 * With Stripe (orders wait for the buyer to pay), an account has at most 3 unpaid orders at once.
 */
describe('unpaid orders per account', () => {
  let env: TestEnvironment;
  let stripe: StripeStandIn;
  let shippingId: string;
  let variantId: string;
  beforeAll(async () => {
    stripe = await new StripeStandIn().start();
    env = await createTestEnvironment({
      stripe: stripeSettingsFor(stripe),
    });
    shippingId = await standardShippingId(env);
    variantId = await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1');
    await env.dataSource.query(`UPDATE product_variant SET stock = 100 WHERE id = $1`, [variantId]);
  });
  afterAll(async () => {
    await env.close();
    await stripe.stop();
  });

  const stock = async () => (await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock as number;
  const ordersOf = async (buyer: GraphQLTestClient) => (await buyer.data<{ myOrders: { nodes: { id: string; status: string }[] } }>(`{ myOrders { nodes { id status } } }`)).myOrders.nodes;

  /** Fills the cart with 2 units and checks out. */
  async function order(buyer: GraphQLTestClient, input = checkoutInput(shippingId)) {
    await buyer.data(ADD_TO_CART, { variantId, quantity: 2 });
    return buyer.request<CheckoutData>(CHECKOUT, { input });
  }

  async function pay(orderId: string) {
    const [payment] = await env.dataSource.query(`SELECT provider_payment_id, amount_minor, currency FROM payment WHERE order_id = $1`, [orderId]);
    const intent = { id: payment.provider_payment_id, object: 'payment_intent', amount: Number(payment.amount_minor), currency: payment.currency.toLowerCase(), status: 'succeeded', metadata: { orderId } };
    expect((await deliverStripeEvent(env.baseUrl, 'payment_intent.succeeded', intent)).body).toEqual({ received: true });
  }

  it('refuses a 4th unpaid order with TOO_MANY_UNPAID_ORDERS, holding no stock for it; a replayed checkout still answers', async () => {
    const [buyer] = await createShoppers(env, 1, []);
    const inputs = [1, 2, 3].map(() => checkoutInput(shippingId));
    expect(inputs).toHaveLength(MAX_UNPAID_ORDERS_PER_ACCOUNT);
    for (const input of inputs) expect((await order(buyer, input)).data?.checkout.order.status).toBe('PENDING_PAYMENT');
    const held = await stock();

    const fourth = await order(buyer);

    expect(firstError(fourth)).toEqual({
      code: 'TOO_MANY_UNPAID_ORDERS',
      field: undefined,
      message: 'You have 3 orders waiting for payment. Pay for one of them before placing another; unpaid orders are cancelled 30 minutes after they are placed.',
    });
    expect(await stock()).toBe(held);
    expect(await ordersOf(buyer)).toHaveLength(3);
    // The cart is kept for when an order is paid.
    expect((await buyer.data<{ cart: { items: { quantity: number }[] } }>(`{ cart { items { quantity } } }`)).cart.items).toEqual([{ quantity: 2 }]);
    // Sending one of the placed checkouts again (a retry) is not a new order: it answers as before.
    const replay = await buyer.data<CheckoutData>(CHECKOUT, { input: inputs[0] });
    expect(replay.checkout.order.status).toBe('PENDING_PAYMENT');
  });

  it('lets the buyer order again once an unpaid order is paid, or cancelled when its reservation expired', async () => {
    const [buyer] = await createShoppers(env, 1, []);
    const placed: string[] = [];
    for (let i = 0; i < 3; i++) placed.push((await order(buyer)).data!.checkout.order.id);
    expect(firstError(await order(buyer)).code).toBe('TOO_MANY_UNPAID_ORDERS');

    await pay(placed[0]);
    expect((await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout.order.status).toBe('PENDING_PAYMENT');
    expect(firstError(await order(buyer)).code).toBe('TOO_MANY_UNPAID_ORDERS');

    await env.dataSource.query(`UPDATE shop_order SET reservation_expires_at = now() - interval '1 second' WHERE id = $1`, [placed[1]]);
    await env.app.get(ReservationExpiryService).run();
    expect((await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout.order.status).toBe('PENDING_PAYMENT');
  });

  it('counts per account: another buyer orders as usual', async () => {
    const [first, second] = await createShoppers(env, 2, []);
    for (let i = 0; i < 3; i++) await order(first);
    expect(firstError(await order(first)).code).toBe('TOO_MANY_UNPAID_ORDERS');
    expect((await order(second)).errors).toBeUndefined();
  });
});
