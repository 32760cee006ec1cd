import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';

const ADJUST = `mutation($variantId: ID!, $delta: Int!) { adjustVariantStock(variantId: $variantId, delta: $delta) { id stock } }`;
const SET = `mutation($variantId: ID!, $stock: Int!, $expectedStock: Int!) { setVariantStock(variantId: $variantId, stock: $stock, expectedStock: $expectedStock) { id stock } }`;
type Adjusted = { adjustVariantStock: { stock: number } };
type Set = { setVariantStock: { stock: number } };

/** Stock edits by brand managers compose with checkouts and with each other: nothing is lost. */
describe('stock edits', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const stockOf = async (variantId: string) => (await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock as number;
  const setStockInDatabase = (variantId: string, stock: number) => env.dataSource.query(`UPDATE product_variant SET stock = $2 WHERE id = $1`, [variantId, stock]);

  it('adds and takes away units', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1');
    await setStockInDatabase(variantId, 10);
    expect((await env.as.manager.data<Adjusted>(ADJUST, { variantId, delta: 5 })).adjustVariantStock.stock).toBe(15);
    expect((await env.as.manager.data<Adjusted>(ADJUST, { variantId, delta: -15 })).adjustVariantStock.stock).toBe(0);
  });

  it('never goes below zero: CONFLICT on delta, stock untouched', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1');
    await setStockInDatabase(variantId, 3);
    const result = await env.as.manager.request(ADJUST, { variantId, delta: -4 });
    expect(firstError(result)).toMatchObject({ code: 'CONFLICT', field: 'delta', message: 'Only 3 in stock: taking away 4 would go below zero' });
    expect(await stockOf(variantId)).toBe(3);
  });

  it('applies every one of many concurrent deltas and refuses exactly those that would go below zero', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1');
    await setStockInDatabase(variantId, 100);

    const results = await Promise.all(Array.from({ length: 40 }, () => env.as.manager.request<Adjusted>(ADJUST, { variantId, delta: -3 })));

    expect(results.filter((r) => !r.errors)).toHaveLength(33);
    expect(results.filter((r) => r.errors).map((r) => firstError(r).code)).toEqual(Array(7).fill('CONFLICT'));
    expect(await stockOf(variantId)).toBe(1);
  });

  it('keeps the units that concurrent checkouts take while a manager adds stock', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-TORQUE-WRENCH-1');
    await setStockInDatabase(variantId, 30);
    const shippingId = await standardShippingId(env);
    const buyers = await createShoppers(env, 20, [{ variantId, quantity: 1 }]);

    const [orders, restocks] = await Promise.all([
      Promise.all(buyers.map((buyer) => buyer.request<CheckoutData>(CHECKOUT, { input: checkoutInput(shippingId) }))),
      Promise.all(Array.from({ length: 10 }, () => env.as.manager.request<Adjusted>(ADJUST, { variantId, delta: 2 }))),
    ]);

    expect(orders.every((r) => r.data?.checkout.order.status === 'PAID')).toBe(true);
    expect(restocks.every((r) => !r.errors)).toBe(true);
    expect(await stockOf(variantId)).toBe(30 - 20 + 10 * 2);
  });

  it('sets an absolute stock only when it is still what the manager saw', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-WORK-STAND-1');
    await setStockInDatabase(variantId, 8);
    expect((await env.as.manager.data<Set>(SET, { variantId, stock: 12, expectedStock: 8 })).setVariantStock.stock).toBe(12);

    // A checkout takes a unit between the manager reading 12 and saving 20: the save must not undo it.
    await setStockInDatabase(variantId, 11);
    const result = await env.as.manager.request(SET, { variantId, stock: 20, expectedStock: 12 });
    expect(firstError(result)).toMatchObject({ code: 'CONFLICT', field: 'expectedStock', message: 'The stock changed to 11 meanwhile; check it and try again' });
    expect(await stockOf(variantId)).toBe(11);
  });

  it('lets exactly one of many concurrent compare-and-set edits win', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-SADDLE-COMFORT-1');
    await setStockInDatabase(variantId, 5);

    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => env.as.manager.request<Set>(SET, { variantId, stock: 100 + i, expectedStock: 5 })));

    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => firstError(r).code === 'CONFLICT')).toBe(true);
    expect(await stockOf(variantId)).toBe(winners[0].data!.setVariantStock.stock);
  });

  it('no longer takes an absolute stock in updateProductVariant', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-SADDLE-COMFORT-1');
    const result = await env.as.manager.request(`mutation($id: ID!) { updateProductVariant(id: $id, input: { stock: 7 }) { stock } }`, { id: variantId });
    expect(result.errors?.[0].message).toContain('"stock" is not defined by type "UpdateVariantInput"');
  });

  it.each([
    ['a delta of 0', ADJUST, { delta: 0 }, 'BAD_USER_INPUT', 'delta'],
    ['a negative stock', SET, { stock: -1, expectedStock: 0 }, 'BAD_USER_INPUT', 'stock'],
    ['an id that is not one', ADJUST, { variantId: 'nope', delta: 1 }, 'BAD_USER_INPUT', 'variantId'],
    ['an unknown variant', ADJUST, { variantId: '00000000-0000-4000-8000-000000000000', delta: 1 }, 'NOT_FOUND', undefined],
    ['an unknown variant', SET, { variantId: '00000000-0000-4000-8000-000000000000', stock: 1, expectedStock: 0 }, 'NOT_FOUND', undefined],
  ])('refuses %s', async (_case, mutation, variables, code, field) => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1');
    const result = await env.as.manager.request(mutation, { variantId, ...variables });
    expect(firstError(result)).toMatchObject({ code, field });
  });

  it('is for brand managers only', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1');
    expect(firstError(await env.as.consumer.request(ADJUST, { variantId, delta: 5 })).code).toBe('FORBIDDEN');
    expect(firstError(await env.visitor().request(SET, { variantId, stock: 1, expectedStock: 0 })).code).toBe('UNAUTHENTICATED');
  });
});
