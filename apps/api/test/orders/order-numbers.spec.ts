import { randomUUID } from 'node:crypto';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

/** Crockford's base 32: digits and letters without I, L, O and U. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ORDER_NUMBER = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * Order numbers are read out on the phone, so they stay short, but a security review could count the
 * shop's sales from two of its own orders' sequential numbers: now they are drawn at random.
 */
describe('order numbers', () => {
  let env: TestEnvironment;
  let shippingId: string;
  let variantId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    shippingId = await standardShippingId(env);
    variantId = await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1');
    await env.dataSource.query(`UPDATE product_variant SET stock = 1000 WHERE id = $1`, [variantId]);
  });
  afterAll(() => env.close());

  async function placeOrders(count: number) {
    const buyers = await createShoppers(env, count, [{ variantId, quantity: 1 }]);
    const orders: CheckoutData['checkout']['order'][] = [];
    for (const buyer of buyers) orders.push((await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout.order);
    return orders;
  }

  it('are short codes, e.g. 7KQ4-M2XD, that do not count: consecutive orders’ numbers are in no order', async () => {
    const numbers = (await placeOrders(20)).map((order) => order.number);

    for (const number of numbers) expect(number).toMatch(ORDER_NUMBER);
    expect(new Set(numbers).size).toBe(20);
    // A counter in any encoding would sort; 20 random draws in either order: about 1 in 10^18.
    expect(numbers).not.toEqual([...numbers].sort());
    expect(numbers).not.toEqual([...numbers].sort().reverse());
  });

  it('use every character of the alphabet in every position, and no other', async () => {
    const [{ numbers }] = await env.dataSource.query(`SELECT array_agg(shop_order_number()) AS numbers FROM generate_series(1, 4000)`);
    expect(new Set(numbers).size).toBe(4000);
    for (const position of [0, 1, 2, 3, 5, 6, 7, 8]) {
      const used = new Set((numbers as string[]).map((number) => number[position]));
      expect([...used].sort().join('')).toBe(ALPHABET);
    }
  });

  it('are drawn again when a number is taken already', async () => {
    const [{ number: taken }] = await env.dataSource.query(`SELECT number FROM shop_order LIMIT 1`);
    const [{ definition }] = await env.dataSource.query(`SELECT pg_get_functiondef('shop_order_number'::regproc) AS definition`);
    // The next draw returns a number in use, once (a sequence counts the draws: it is not rolled back
    // with the failed transaction).
    await env.dataSource.query(`CREATE SEQUENCE draws`);
    await env.dataSource.query(`CREATE OR REPLACE FUNCTION shop_order_number() RETURNS text LANGUAGE sql VOLATILE AS $$
      SELECT CASE WHEN nextval('draws') = 1 THEN '${taken}' ELSE 'FRSH-' || upper(substr(md5(random()::text), 1, 4)) END
    $$`);
    try {
      const [order] = await placeOrders(1);

      expect(order.number).not.toBe(taken);
      expect(order.number).toMatch(/^FRSH-/);
      expect(await env.dataSource.query(`SELECT last_value FROM draws`)).toEqual([{ last_value: '2' }]);
    } finally {
      await env.dataSource.query(definition);
      await env.dataSource.query(`DROP SEQUENCE draws`);
    }
    // A colliding draw outside checkout is refused by the unique constraint, not stored twice.
    await expect(
      env.dataSource.query(
        `INSERT INTO shop_order (number, account_id, checkout_key, currency, prices_include_tax, tax_rate_bp, shipping_method_name, ship_name, ship_line1, ship_city, ship_postcode, ship_country)
         SELECT $1, id, $2, 'EUR', true, 1900, 'Standard', 'X', 'Y 1', 'Berlin', '10115', 'DE' FROM account LIMIT 1`,
        [taken, randomUUID()],
      ),
    ).rejects.toThrow(/shop_order_number_key/);
  });

  it('are not the sort key: lists go newest first by placing time, exact across pages even for orders placed at the same moment', async () => {
    const [buyer] = await createShoppers(env, 1, []);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      await buyer.data(`mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { items { quantity } } }`, { v: variantId });
      ids.push((await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) })).checkout.order.id);
    }
    // Orders 2, 3 and 4 placed in the same microsecond.
    await env.dataSource.query(`UPDATE shop_order SET created_at = (SELECT created_at FROM shop_order WHERE id = $1) WHERE id = ANY($2)`, [ids[1], [ids[2], ids[3]]]);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { myOrders: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await buyer.data(
        `query($after: String) { myOrders(first: 2, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      seen.push(...page.myOrders.nodes.map((node) => node.id));
      after = page.myOrders.pageInfo.hasNextPage ? page.myOrders.pageInfo.endCursor : null;
    } while (after);

    expect(seen).toHaveLength(5);
    expect(seen[0]).toBe(ids[4]);
    expect(seen[4]).toBe(ids[0]);
    expect(new Set(seen.slice(1, 4))).toEqual(new Set([ids[1], ids[2], ids[3]]));
  });
});
