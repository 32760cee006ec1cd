import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const PRODUCTS = `query Products($first: Int) { products(first: $first) { slug name priceMinor currency status } }`;

describe('products', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('lists the published Ridgeline Cycles products to a visitor', async () => {
    const { products } = await env.visitor().data<{ products: { status: string; currency: string }[] }>(PRODUCTS, { first: 50 });
    expect(products).toHaveLength(12);
    expect(products.every((p) => p.status === 'PUBLISHED' && p.currency === 'EUR')).toBe(true);
  });

  it('hides drafts', async () => {
    await env.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE slug = 'commuter-8'`);
    const { products } = await env.visitor().data<{ products: { slug: string }[] }>(PRODUCTS, { first: 50 });
    expect(products.map((p) => p.slug)).not.toContain('commuter-8');
    expect(products).toHaveLength(11);
  });

  it.each([0, 101, -1])('refuses first = %d with BAD_USER_INPUT on first', async (first) => {
    expect(firstError(await env.visitor().request(PRODUCTS, { first }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
