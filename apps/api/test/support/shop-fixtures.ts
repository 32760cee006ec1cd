import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { GraphQLTestClient } from '@flagship/testing';
import type { TestEnvironment } from './test-environment';

export const CHECKOUT = `mutation Checkout($input: CheckoutInput!) {
  checkout(input: $input) {
    order { id number status total { amountMinor currency } subtotal { amountMinor } shipping { amountMinor } tax { amountMinor } lines { sku quantity unitPrice { amountMinor } } }
    payment { provider status testMode clientSecret }
  }
}`;

export type CheckoutData = {
  checkout: {
    order: { id: string; number: string; status: string; total: { amountMinor: number; currency: string }; subtotal: { amountMinor: number }; shipping: { amountMinor: number }; tax: { amountMinor: number }; lines: { sku: string; quantity: number }[] };
    payment: { provider: string; status: string; testMode: boolean; clientSecret: string | null };
  };
};

export const ADDRESS = { name: 'Ana Rider', line1: 'Bergstraße 12', city: 'Berlin', postcode: '10115', country: 'DE' };

export async function variantIdBySku(env: TestEnvironment, sku: string): Promise<string> {
  const [row] = await env.dataSource.query(`SELECT id FROM product_variant WHERE sku = $1`, [sku]);
  return row.id;
}

export async function standardShippingId(env: TestEnvironment): Promise<string> {
  const [row] = await env.dataSource.query(`SELECT id FROM shipping_method ORDER BY position LIMIT 1`);
  return row.id;
}

export function checkoutInput(shippingMethodId: string, overrides: Record<string, unknown> = {}) {
  return { checkoutKey: randomUUID(), shippingMethodId, address: ADDRESS, ...overrides };
}

/**
 * `count` signed-in shoppers made straight in the database (no password hashing), each with a cart.
 * For load tests: hundreds of buyers in well under a second.
 */
export async function createShoppers(env: TestEnvironment, count: number, cart: { variantId: string; quantity: number }[]): Promise<GraphQLTestClient[]> {
  const clients: GraphQLTestClient[] = [];
  const run = randomUUID().slice(0, 8);
  for (let i = 0; i < count; i++) {
    const token = randomBytes(32).toString('base64url');
    const [{ id }] = await env.dataSource.query(
      `INSERT INTO account (email, display_name, password_hash) VALUES ($1, $2, 'not-a-hash') RETURNING id`,
      [`shopper-${run}-${i}@riders.example`, `Shopper ${i}`],
    );
    await env.dataSource.query(`INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      createHash('sha256').update(token).digest('hex'),
      id,
    ]);
    for (const line of cart) {
      await env.dataSource.query(`INSERT INTO cart_line (account_id, variant_id, quantity, added_at) VALUES ($1, $2, $3, now() + ($4 || ' ms')::interval)`, [
        id,
        line.variantId,
        line.quantity,
        String(i % 2 === 0 ? cart.indexOf(line) : -cart.indexOf(line)),
      ]);
    }
    clients.push(GraphQLTestClient.withCookie(env.baseUrl, `flagship_session=${token}`));
  }
  return clients;
}

/**
 * `count` new shoppers who each bought one unit of every SKU given, on a paid order (the offline test
 * provider pays at checkout): buyers, as far as reviews go. Stock is topped up first so the demo's
 * small numbers never run out.
 */
export async function createBuyers(env: TestEnvironment, count: number, skus: string[]): Promise<GraphQLTestClient[]> {
  await env.dataSource.query(`UPDATE product_variant SET stock = stock + $2 WHERE sku = ANY($1)`, [skus, count]);
  const cart = await Promise.all(skus.map(async (sku) => ({ variantId: await variantIdBySku(env, sku), quantity: 1 })));
  const buyers = await createShoppers(env, count, cart);
  const shipping = await standardShippingId(env);
  for (const buyer of buyers) {
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shipping) });
    if (checkout.order.status !== 'PAID') throw new Error(`A buyer's order is ${checkout.order.status}, not PAID`);
  }
  return buyers;
}

/** The signed-in `client` buys one unit of each SKU on a paid order (its cart must be empty). */
export async function buy(env: TestEnvironment, client: GraphQLTestClient, skus: string[]): Promise<void> {
  await env.dataSource.query(`UPDATE product_variant SET stock = stock + 1 WHERE sku = ANY($1)`, [skus]);
  for (const sku of skus) await client.data(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: await variantIdBySku(env, sku) });
  const { checkout } = await client.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
  if (checkout.order.status !== 'PAID') throw new Error(`The order is ${checkout.order.status}, not PAID`);
}
