import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const PRODUCTS = `query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {
  products(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes { slug name status priceFrom { amountMinor currency } category { slug } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Page = {
  products: {
    nodes: { slug: string; name: string; status: string; priceFrom: { amountMinor: number; currency: string }; category: { slug: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('the public catalog', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const page = (variables: Record<string, unknown>) => env.visitor().data<Page>(PRODUCTS, variables);

  it('lists the published Ridgeline Cycles products with their "from" price and category', async () => {
    const { products } = await page({ first: 50 });
    // The brand's 12 and the demo vendors' 4 approved goods (the one waiting for review is not shown).
    expect(products.nodes).toHaveLength(16);
    expect(products.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect(products.nodes.find((p) => p.slug === 'ridgeline-tyre-45')).toMatchObject({
      priceFrom: { amountMinor: 5400, currency: 'EUR' },
      category: { slug: 'parts' },
    });
  });

  it.each(['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'NAME', 'TOP_RATED'])('pages through every product exactly once, sorted %s', async (sort) => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { products }: Page = await page({ sort, first: 5, after });
      seen.push(...products.nodes.map((p) => p.slug));
      after = products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
  });

  it('sorts by price both ways', async () => {
    const ascending = (await page({ sort: 'PRICE_ASC', first: 50 })).products.nodes.map((p) => p.priceFrom.amountMinor);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const descending = (await page({ sort: 'PRICE_DESC', first: 50 })).products.nodes.map((p) => p.priceFrom.amountMinor);
    expect(descending).toEqual([...ascending].reverse());
  });

  it('filters by category, price range and name', async () => {
    const tools = (await page({ filter: { categorySlug: 'tools' }, first: 50 })).products.nodes;
    expect(tools.map((p) => p.slug).sort()).toEqual(['ridgeline-multitool', 'ridgeline-torque-wrench', 'ridgeline-work-stand', 'tubeless-repair-kit']);

    const midRange = (await page({ filter: { minPriceMinor: 50_00, maxPriceMinor: 100_00 }, first: 50 })).products.nodes;
    expect(midRange.map((p) => p.slug).sort()).toEqual(['ridgeline-saddle-comfort', 'ridgeline-torque-wrench', 'ridgeline-tyre-45']);

    const gravel = (await page({ filter: { search: 'gravel' }, first: 50 })).products.nodes;
    expect(gravel.map((p) => p.slug).sort()).toEqual(['ridgeline-wheelset-gravel', 'summit-al-gravel', 'summit-cf-gravel']);

    expect((await page({ filter: { search: '100%_' } })).products.nodes).toEqual([]);
  });

  it('hides drafts and archived products, from lists and from `product`', async () => {
    await env.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE slug = 'commuter-8'`);
    await env.dataSource.query(`UPDATE product SET status = 'ARCHIVED' WHERE slug = 'tourer-steel'`);
    const slugs = (await page({ first: 50 })).products.nodes.map((p) => p.slug);
    expect(slugs).not.toContain('commuter-8');
    expect(slugs).not.toContain('tourer-steel');
    expect(await env.visitor().data(`{ product(slug: "commuter-8") { id } }`)).toEqual({ product: null });
    expect(await env.as.manager.data(`{ product(slug: "commuter-8") { status } }`)).toEqual({ product: { status: 'DRAFT' } });
    await env.dataSource.query(`UPDATE product SET status = 'PUBLISHED' WHERE slug IN ('commuter-8', 'tourer-steel')`);
  });

  it('shows a product with its variants, their prices and stock', async () => {
    const { product } = await env.visitor().data<{ product: { variants: { sku: string; size: string; price: { amountMinor: number }; stock: number; inStock: boolean }[] } }>(
      `{ product(slug: "summit-cf-gravel") { name variants { sku size price { amountMinor } stock inStock } } }`,
    );
    expect(product.variants.map((v) => v.size)).toEqual(['S', 'M', 'L', 'XL']);
    expect(product.variants.every((v) => v.price.amountMinor === 3_499_00)).toBe(true);
    expect(product.variants.find((v) => v.size === 'XL')).toMatchObject({ stock: 0, inStock: false });
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { minPriceMinor: -1 } }, 'filter.minPriceMinor'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (variables, field) => {
    expect(firstError(await env.visitor().request(PRODUCTS, variables))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
