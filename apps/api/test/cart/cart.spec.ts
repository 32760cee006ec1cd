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

/**
 * Amounts are 64-bit and travel as JSON numbers, exact up to 2^53 - 1 (decision 0016). A cart far past
 * the old 32-bit ceiling is priced exactly; one whose total would pass 2^53 - 1 is refused. Prices that
 * high only come from the database here (the catalog caps prices far below: MAX_PRICE_MINOR).
 */
describe('cart size', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const shopper = async () => (await createShoppers(env, 1, []))[0];
  /** A variant of its own, at `priceMinor`. */
  async function variantAt(priceMinor: number | bigint): Promise<string> {
    const [{ id }] = await env.dataSource.query(
      `INSERT INTO product_variant (product_id, sku, name, price_minor, currency, stock)
       SELECT id, 'BIG-' || substr(md5(random()::text), 1, 10), 'Big', $1, 'EUR', 1000 FROM product WHERE slug = 'ridgeline-multitool' RETURNING id`,
      [String(priceMinor)],
    );
    return id;
  }
  const TWO_TO_50 = 2 ** 50; // eight of them make 2^53, one more than 2^53 - 1

  it('prices a cart far above 21,474,836.47 exactly, at the highest price the catalog allows', async () => {
    const client = await shopper();
    const id = await variantAt(MAX_PRICE_MINOR);
    const { addToCart } = await client.data<{ addToCart: CartView }>(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 99) { ${CART_FIELDS} } }`, { v: id });
    expect(addToCart.subtotal).toEqual({ amountMinor: 99 * MAX_PRICE_MINOR, currency: 'EUR' });
    expect(addToCart.items[0].lineTotal.amountMinor).toBe(9_900_000_000_000);
  });

  it('refuses a change that takes the total past 2^53 - 1, and keeps the cart as it was', async () => {
    const client = await shopper();
    const id = await variantAt(TWO_TO_50);
    const seven = await client.data<{ addToCart: CartView }>(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 7) { ${CART_FIELDS} } }`, { v: id });
    expect(seven.addToCart.subtotal?.amountMinor).toBe(7 * TWO_TO_50);

    const refused = await client.request(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { itemCount } }`, { v: id });
    expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    const { cart } = await client.data<{ cart: CartView }>(`{ cart { ${CART_FIELDS} } }`);
    expect(cart.itemCount).toBe(7);

    const preview = await env.visitor().request(`query($l: [CartLineInput!]!) { cartPreview(lines: $l) { itemCount } }`, { l: [{ variantId: id, quantity: 8 }] });
    expect(firstError(preview)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
  });

  it('refuses a merge that would pass 2^53 - 1, and shows a cart that passed it after a price rise', async () => {
    const client = await shopper();
    const id = await variantAt(TWO_TO_50);
    const merge = await client.request(`mutation($l: [CartLineInput!]!) { mergeCart(lines: $l) { itemCount } }`, { l: [{ variantId: id, quantity: 8 }] });
    expect(firstError(merge)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines' });
    expect((await client.data<{ cart: CartView }>(`{ cart { itemCount } }`)).cart.itemCount).toBe(0);

    // Filled at ordinary prices, then both prices rise: each line still fits in an amount, their sum
    // does not. The cart still loads, without a subtotal.
    const [a, b] = [await variantAt(100), await variantAt(100)];
    await client.data(`mutation($l: [CartLineInput!]!) { mergeCart(lines: $l) { itemCount } }`, { l: [{ variantId: a, quantity: 4 }, { variantId: b, quantity: 4 }] });
    await env.dataSource.query(`UPDATE product_variant SET price_minor = $1 WHERE id = ANY($2)`, [String(TWO_TO_50), [a, b]]);
    const { cart } = await client.data<{ cart: { itemCount: number; items: { lineTotal: { amountMinor: number } }[]; subtotal: unknown } }>(
      `{ cart { itemCount items { lineTotal { amountMinor } } subtotal { amountMinor } } }`,
    );
    expect(cart).toEqual({ itemCount: 8, items: [{ lineTotal: { amountMinor: 4 * TWO_TO_50 } }, { lineTotal: { amountMinor: 4 * TWO_TO_50 } }], subtotal: null });

    // Such a cart may shrink, even while still too large, but not grow.
    const shrink = await client.data<{ setCartQuantity: { itemCount: number } }>(`mutation($v: ID!) { setCartQuantity(variantId: $v, quantity: 3) { itemCount } }`, { v: a });
    expect(shrink.setCartQuantity.itemCount).toBe(7);
    const grow = await client.request(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { itemCount } }`, { v: a });
    expect(firstError(grow)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
  });
});
