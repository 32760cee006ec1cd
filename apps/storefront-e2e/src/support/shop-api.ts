import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

/** Calls the API with the page's own session cookie, as the storefront would. */
export async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * The signed-in page's member buys one unit of the first variant in stock of each product (by slug) on
 * one order, paid at once by the offline test provider: a buyer, as reviews require. Through the API,
 * for tests about what comes after buying.
 */
export async function buyThroughApi(page: Page, slugs: string[]): Promise<void> {
  for (const slug of slugs) {
    const { product } = await api<{ product: { variants: { id: string; stock: number }[] } }>(page, `query($slug: String!) { product(slug: $slug) { variants { id stock } } }`, { slug });
    const variant = product.variants.find((v) => v.stock > 0)!;
    await api(page, `mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: variant.id });
  }
  const { shippingMethods } = await api<{ shippingMethods: { id: string }[] }>(page, `{ shippingMethods { id } }`);
  const address = { name: 'A Rider', line1: 'Bergstraße 12', city: 'Berlin', postcode: '10115', country: 'DE' };
  const { checkout } = await api<{ checkout: { order: { status: string } } }>(
    page,
    `mutation($input: CheckoutInput!) { checkout(input: $input) { order { status } } }`,
    { input: { checkoutKey: randomUUID(), shippingMethodId: shippingMethods[0].id, address } },
  );
  if (checkout.order.status !== 'PAID') throw new Error(`The order is ${checkout.order.status}, not PAID`);
}
