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

  /**
   * Each field selected on its own (so only its own columns are read) comes back as the database holds
   * it: a field whose column list missed a column would come back null, 0 or wrong here.
   */
  it('reads, for each field selected alone, the columns that field shows', async () => {
    await env.dataSource.query(`UPDATE product SET rating_count = 7 + length(slug), rating_average = 3.25 WHERE status = 'PUBLISHED'`);
    type ProductRow = { id: string; slug: string; name: string; description: string; status: string; rating_average: string; rating_count: number; created_at: Date; min_price_minor: string; currency: string };
    type VariantRow = { id: string; sku: string; name: string; size: string | null; colour: string | null; price_minor: string; currency: string; stock: number };
    const products: ProductRow[] = await env.dataSource.query(
      `SELECT id, slug, name, description, status, rating_average, rating_count, created_at, min_price_minor, currency FROM product WHERE status = 'PUBLISHED' AND offer_kind = 'GOODS' AND NOT seller_hidden`,
    );
    const variants: VariantRow[] = await env.dataSource.query(`SELECT id, sku, name, size, colour, price_minor, currency, stock FROM product_variant`);
    const expectedProduct = new Map<string, Record<string, unknown>>(
      products.map((row) => [
        row.id,
        {
          slug: row.slug,
          name: row.name,
          description: row.description,
          status: row.status,
          ratingAverage: Number(row.rating_average),
          ratingCount: row.rating_count,
          createdAt: row.created_at.toISOString(),
          priceFrom: { amountMinor: Number(row.min_price_minor), currency: row.currency },
        },
      ]),
    );
    const expectedVariant = new Map<string, Record<string, unknown>>(
      variants.map((row) => [
        row.id,
        { sku: row.sku, name: row.name, size: row.size, colour: row.colour, price: { amountMinor: Number(row.price_minor), currency: row.currency }, stock: row.stock, inStock: row.stock > 0 },
      ]),
    );
    // The data must tell a missing column from a present one.
    expect(variants.some((row) => row.size && row.colour)).toBe(true);

    const page = (selection: string) =>
      env.visitor().data<{ products: { nodes: ({ id: string; variants: Record<string, unknown>[] } & Record<string, unknown>)[] } }>(`{ products(first: 50) { nodes { id ${selection} } } }`).then((data) => data.products.nodes);
    const productFields = { slug: 'slug', name: 'name', description: 'description', status: 'status', ratingAverage: 'ratingAverage', ratingCount: 'ratingCount', createdAt: 'createdAt', priceFrom: 'priceFrom { amountMinor currency }' };
    for (const [field, selection] of Object.entries(productFields)) {
      const nodes = await page(selection);
      expect(nodes).toHaveLength(expectedProduct.size);
      for (const node of nodes) expect({ field, value: node[field] }).toEqual({ field, value: expectedProduct.get(node.id)![field] });
    }
    const variantFields = { sku: 'sku', name: 'name', size: 'size', colour: 'colour', price: 'price { amountMinor currency }', stock: 'stock', inStock: 'inStock' };
    for (const [field, selection] of Object.entries(variantFields)) {
      const shown = (await page(`variants { id ${selection} }`)).flatMap((node) => node.variants);
      expect(shown.length).toBeGreaterThan(0);
      for (const variant of shown) expect({ field, value: variant[field] }).toEqual({ field, value: expectedVariant.get(variant.id as string)![field] });
    }
  });

  it('reads every column for a field it has no column list for (reviews, from another library)', async () => {
    const { sql, nodes } = await pageStatement('name reviews(first: 1) { nodes { id } }');
    expect(sql).toMatch(/p\.description/);
    expect(nodes).toHaveLength(3);
  });
});
