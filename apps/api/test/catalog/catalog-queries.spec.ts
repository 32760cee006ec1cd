import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const PAGE = `query($first: Int!) {
  products(first: $first, sort: PRICE_ASC) {
    nodes {
      name ratingAverage ratingCount
      priceFrom { amountMinor currency }
      category { name }
      variants { sku name price { amountMinor } stock }
      images { url alt }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** No N+1: a catalog page costs the same number of SQL statements for 5 products as for 50. */
describe('catalog page query cost', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
    // 60 more published products, each with two variants and an image row.
    await env.dataSource.query(`
      WITH c AS (SELECT id FROM category WHERE slug = 'parts'),
      p AS (
        INSERT INTO product (slug, name, description, category_id, status, currency, min_price_minor)
        SELECT 'bulk-' || n, 'Bulk part ' || n, 'A part', (SELECT id FROM c), 'PUBLISHED', 'EUR', 1000 + n
        FROM generate_series(1, 60) AS n RETURNING id, slug
      ),
      v AS (
        INSERT INTO product_variant (product_id, sku, name, price_minor, currency, stock)
        SELECT p.id, upper(p.slug) || '-' || k, 'Variant ' || k, 1000 + k, 'EUR', 5 FROM p, generate_series(1, 2) AS k
      )
      INSERT INTO product_image (product_id, storage_key, alt) SELECT id, 'products/' || id || '/x.png', 'A photo' FROM p`);
  });
  afterAll(() => env.close());

  async function statementsFor(first: number): Promise<number> {
    env.queries.length = 0;
    const { products } = await env.visitor().data<{ products: { nodes: unknown[] } }>(PAGE, { first });
    expect(products.nodes).toHaveLength(first);
    return env.queries.length;
  }

  it('is the same for 5 and for 50 products', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // One for the page with its categories (joined), one each for variants and images.
    expect(five).toBe(3);
  });
});

/** A catalog page reads the columns of the fields it returns, and every column for fields it does not know. */
describe('catalog page columns', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  async function pageStatement(selection: string): Promise<{ sql: string; nodes: Record<string, unknown>[] }> {
    env.queries.length = 0;
    const { products } = await env.visitor().data<{ products: { nodes: Record<string, unknown>[] } }>(`{ products(first: 3, sort: NAME) { nodes { ${selection} } } }`);
    const sql = env.queries.find((statement) => /FROM product p/.test(statement));
    if (!sql) throw new Error(`No page statement among ${env.queries.join('\n')}`);
    return { sql, nodes: products.nodes };
  }

  it('leaves out the description and timestamps when they are not selected', async () => {
    const { sql, nodes } = await pageStatement('name priceFrom { amountMinor } category { name }');
    expect(sql).not.toMatch(/description|created_at,|updated_at/);
    expect(nodes.every((node) => typeof node.name === 'string' && (node.category as { name: string }).name.length > 0)).toBe(true);
  });

  it('reads them when they are selected', async () => {
    const { sql, nodes } = await pageStatement('description createdAt');
    expect(sql).toMatch(/p\.description/);
    expect(sql).toMatch(/p\.created_at/);
    expect(nodes.every((node) => typeof node.description === 'string' && !Number.isNaN(Date.parse(node.createdAt as string)))).toBe(true);
  });

  it('reads the variant columns of the selected variant fields', async () => {
    env.queries.length = 0;
    const { products } = await env.visitor().data<{ products: { nodes: { variants: { sku: string; inStock: boolean; price: { amountMinor: number } }[] }[] } }>(
      `{ products(first: 3, sort: NAME) { nodes { variants { sku inStock price { amountMinor } } } } }`,
    );
    const sql = env.queries.find((statement) => /FROM product_variant/.test(statement))!;
    expect(sql).not.toMatch(/colour|size/);
    const variants = products.nodes.flatMap((node) => node.variants);
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.every((v) => v.sku.length > 0 && typeof v.inStock === 'boolean' && v.price.amountMinor > 0)).toBe(true);
  });

  it('reads every column for a field it has no column list for (reviews, from another library)', async () => {
    const { sql, nodes } = await pageStatement('name reviews(first: 1) { nodes { id } }');
    expect(sql).toMatch(/p\.description/);
    expect(nodes).toHaveLength(3);
  });
});
