import { MAX_PRICE_MINOR } from '@flagship/catalog';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createShoppers } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const CART_FIELDS = `items { quantity available variant { id sku } product { slug } unitPrice { amountMinor } lineTotal { amountMinor } } itemCount subtotal { amountMinor currency }`;
type CartView = {
  items: { quantity: number; available: boolean; variant: { id: string; sku: string }; lineTotal: { amountMinor: number } }[];
  itemCount: number;
  subtotal: { amountMinor: number; currency: string } | null;
};

/** Every test shops with shoppers of its own: none sees a cart another test filled. */
describe('cart', () => {
  let env: TestEnvironment;
  let variant: Record<string, string>;
  beforeAll(async () => {
    env = await createTestEnvironment();
    const rows: { sku: string; id: string }[] = await env.dataSource.query(`SELECT sku, id FROM product_variant`);
    variant = Object.fromEntries(rows.map((r) => [r.sku, r.id]));
  });
  afterAll(() => env.close());

  const shopper = async () => (await createShoppers(env, 1, []))[0];
  const add = (client: GraphQLTestClient, variantId: string, quantity = 1) =>
    client.request<{ addToCart: CartView }>(`mutation($v: ID!, $q: Int!) { addToCart(variantId: $v, quantity: $q) { ${CART_FIELDS} } }`, { v: variantId, q: quantity });

  it('adds, accumulates, changes and removes lines, priced by the catalog', async () => {
    const client = await shopper();
    await add(client, variant['RIDGELINE-CHAIN-12-1'], 2);
    const { data } = await add(client, variant['RIDGELINE-CHAIN-12-1'], 1);
    expect(data!.addToCart).toMatchObject({ itemCount: 3, subtotal: { amountMinor: 117_00, currency: 'EUR' } });

    await add(client, variant['RIDGELINE-MULTITOOL-1']);
    const { setCartQuantity } = await client.data<{ setCartQuantity: CartView }>(
      `mutation($v: ID!) { setCartQuantity(variantId: $v, quantity: 0) { ${CART_FIELDS} } }`,
      { v: variant['RIDGELINE-CHAIN-12-1'] },
    );
    expect(setCartQuantity.items.map((i) => i.variant.sku)).toEqual(['RIDGELINE-MULTITOOL-1']);
    expect(setCartQuantity.subtotal).toEqual({ amountMinor: 34_00, currency: 'EUR' });
  });

  it('keeps each shopper’s cart to themselves', async () => {
    const [one, other] = [await shopper(), await shopper()];
    await add(one, variant['RIDGELINE-MULTITOOL-1'], 2);
    const { cart } = await other.data<{ cart: CartView }>(`{ cart { ${CART_FIELDS} } }`);
    expect(cart).toEqual({ items: [], itemCount: 0, subtotal: null });
    expect(firstError(await env.visitor().request(`{ cart { itemCount } }`)).code).toBe('UNAUTHENTICATED');
  });

  it('prices a visitor’s browser cart, and merges it at sign-in without doubling', async () => {
    const client = await shopper();
    await add(client, variant['RIDGELINE-MULTITOOL-1'], 1);
    const lines = [
      { variantId: variant['RIDGELINE-TORQUE-WRENCH-1'], quantity: 2 },
      { variantId: variant['RIDGELINE-MULTITOOL-1'], quantity: 3 },
    ];
    const { cartPreview } = await env.visitor().data<{ cartPreview: CartView }>(`query($lines: [CartLineInput!]!) { cartPreview(lines: $lines) { ${CART_FIELDS} } }`, { lines });
    expect(cartPreview.subtotal!.amountMinor).toBe(2 * 89_00 + 3 * 34_00);

    const merge = `mutation($lines: [CartLineInput!]!) { mergeCart(lines: $lines) { ${CART_FIELDS} } }`;
    await client.data(merge, { lines });
    const { mergeCart } = await client.data<{ mergeCart: CartView }>(merge, { lines });
    expect(mergeCart.items.map((i) => [i.variant.sku, i.quantity])).toEqual([
      ['RIDGELINE-MULTITOOL-1', 3],
      ['RIDGELINE-TORQUE-WRENCH-1', 2],
    ]);
  });

  it('marks a line unavailable when there is too little stock, and refuses products not for sale', async () => {
    const client = await shopper();
    const soldOut = variant['SUMMIT-CF-GRAVEL-4'];
    await env.dataSource.query(`UPDATE product_variant SET stock = 0 WHERE id = $1`, [soldOut]);
    const { data } = await add(client, soldOut);
    expect(data!.addToCart.items[0]).toMatchObject({ available: false });

    await env.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE slug = 'commuter-8'`);
    try {
      expect(firstError(await add(client, variant['COMMUTER-8-1']))).toMatchObject({ code: 'NOT_FOUND', field: 'variantId' });
    } finally {
      await env.dataSource.query(`UPDATE product SET status = 'PUBLISHED' WHERE slug = 'commuter-8'`);
    }
  });

  it.each([
    [0, 'quantity'],
    [100, 'quantity'],
    [-2, 'quantity'],
  ])('refuses quantity %d with BAD_USER_INPUT', async (quantity, field) => {
    expect(firstError(await add(await shopper(), variant['RIDGELINE-MULTITOOL-1'], quantity))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('cart size', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('refuses a cart whose total no amount can represent, and keeps the cart as it was', async () => {
    // A 1,000,000.00 EUR variant: 99 of them are far beyond a 32-bit amount.
    await env.dataSource.query(`UPDATE product_variant SET price_minor = 100000000 WHERE sku = 'RIDGELINE-MULTITOOL-1'`);
    const [{ id }] = await env.dataSource.query(`SELECT id FROM product_variant WHERE sku = 'RIDGELINE-MULTITOOL-1'`);
    const client = env.as.consumer;
    const ok = await client.data<{ addToCart: CartView }>(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { ${CART_FIELDS} } }`, { v: id });
    expect(ok.addToCart.subtotal?.amountMinor).toBe(100_000_000);

    const refused = await client.request(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 98) { itemCount } }`, { v: id });
    expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    const { cart } = await client.data<{ cart: CartView }>(`{ cart { ${CART_FIELDS} } }`);
    expect(cart.itemCount).toBe(1);

    const preview = await env.visitor().request(`query($l: [CartLineInput!]!) { cartPreview(lines: $l) { itemCount } }`, { l: [{ variantId: id, quantity: 99 }] });
    expect(firstError(preview)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
  });

  it('refuses a merge that would outgrow an amount, and shows a cart that outgrew one after a price rise', async () => {
    const client = env.as.vendor;
    const [{ id }] = await env.dataSource.query(`SELECT id FROM product_variant WHERE sku = 'RIDGELINE-MULTITOOL-1'`);
    const merge = await client.request(`mutation($l: [CartLineInput!]!) { mergeCart(lines: $l) { itemCount } }`, { l: [{ variantId: id, quantity: 99 }] });
    expect(firstError(merge)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
    expect(await env.count('cart_line')).toBe(1); // the consumer's line from the test above, nothing from the merge

    // Filled at ordinary prices, then two prices rise to the highest allowed: each line still fits in an
    // amount, their sum does not. The cart still loads, without a subtotal.
    const [{ id: accountId }] = await env.dataSource.query(`SELECT id FROM account WHERE email = 'fitting@velofit.example'`);
    const variants: { id: string }[] = await env.dataSource.query(`SELECT id FROM product_variant WHERE sku IN ('RIDGELINE-CHAIN-12-1', 'RIDGELINE-WORK-STAND-1')`);
    for (const variant of variants) await env.dataSource.query(`INSERT INTO cart_line (account_id, variant_id, quantity) VALUES ($1, $2, 99)`, [accountId, variant.id]);
    await env.dataSource.query(`UPDATE product_variant SET price_minor = $1 WHERE id = ANY($2)`, [MAX_PRICE_MINOR, variants.map((v) => v.id)]);
    const { cart } = await client.data<{ cart: { itemCount: number; items: { lineTotal: { amountMinor: number } }[]; subtotal: unknown } }>(
      `{ cart { itemCount items { lineTotal { amountMinor } } subtotal { amountMinor } } }`,
    );
    expect(cart).toEqual({ itemCount: 198, items: [{ lineTotal: { amountMinor: 99 * MAX_PRICE_MINOR } }, { lineTotal: { amountMinor: 99 * MAX_PRICE_MINOR } }], subtotal: null });

    // Such a cart may shrink, even while still too large, but not grow.
    const shrink = await client.data<{ setCartQuantity: { itemCount: number } }>(`mutation($v: ID!) { setCartQuantity(variantId: $v, quantity: 50) { itemCount } }`, { v: variants[0].id });
    expect(shrink.setCartQuantity.itemCount).toBe(149);
    const grow = await client.request(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { itemCount } }`, { v: variants[0].id });
    expect(firstError(grow)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
  });
});
