import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const CREATE = `mutation Create($input: CreateProductInput!) {
  createProduct(input: $input) { id slug status priceFrom { amountMinor } variants { id sku price { amountMinor } stock } }
}`;
const SET_STATUS = `mutation($id: ID!, $status: ProductStatus!) { setProductStatus(id: $id, status: $status) { status } }`;

type Created = { createProduct: { id: string; slug: string; status: string; priceFrom: { amountMinor: number }; variants: { id: string; sku: string }[] } };

describe('managing the catalog', () => {
  let env: TestEnvironment;
  let partsId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: partsId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
  });
  afterAll(() => env.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    name: 'Mud Guard Set',
    description: 'Full-length guards for 700c wheels.',
    categoryId: partsId,
    currency: 'EUR',
    variants: [
      { sku: 'mud-45', name: '45 mm', size: '45 mm', priceMinor: 49_00, stock: 10 },
      { sku: 'mud-55', name: '55 mm', size: '55 mm', priceMinor: 44_00, stock: 0 },
    ],
    ...overrides,
  });

  it('creates a draft with its variants, hidden from shoppers until published, and records the publication', async () => {
    const { createProduct } = await env.as.manager.data<Created>(CREATE, { input: input() });
    expect(createProduct).toMatchObject({ slug: 'mud-guard-set', status: 'DRAFT', priceFrom: { amountMinor: 44_00 } });
    expect(createProduct.variants.map((v) => v.sku)).toEqual(['MUD-45', 'MUD-55']);
    expect(await env.visitor().data(`{ product(slug: "mud-guard-set") { id } }`)).toEqual({ product: null });

    await env.as.manager.data(SET_STATUS, { id: createProduct.id, status: 'PUBLISHED' });

    expect(await env.visitor().data(`{ product(slug: "mud-guard-set") { status } }`)).toEqual({ product: { status: 'PUBLISHED' } });
    const events = await env.dataSource.query(`SELECT type, subject_id, actor_id FROM platform_event WHERE subject_id = $1`, [createProduct.id]);
    expect(events).toEqual([{ type: 'catalog.product_published', subject_id: createProduct.id, actor_id: expect.any(String) }]);
  });

  it('records every status change: unpublished, archived (from where), brought back, published again', async () => {
    const { createProduct } = await env.as.manager.data<Created>(CREATE, { input: input({ name: 'Chain Checker', variants: [{ sku: 'chain-chk', name: 'One size', priceMinor: 12_00, stock: 3 }] }) });
    for (const status of ['PUBLISHED', 'DRAFT', 'ARCHIVED', 'DRAFT', 'ARCHIVED', 'PUBLISHED', 'ARCHIVED']) {
      await env.as.manager.data(SET_STATUS, { id: createProduct.id, status });
    }
    // Setting the status it has already changes nothing and records nothing.
    await env.as.manager.data(SET_STATUS, { id: createProduct.id, status: 'ARCHIVED' });
    const events = await env.dataSource.query(`SELECT type, payload, actor_id IS NOT NULL AS by_manager FROM platform_event WHERE subject_id = $1 ORDER BY id`, [createProduct.id]);
    expect(events).toEqual(
      [
        ['catalog.product_published', {}],
        ['catalog.product_unpublished', {}],
        ['catalog.product_archived', { from: 'DRAFT' }],
        ['catalog.product_unarchived', {}],
        ['catalog.product_archived', { from: 'DRAFT' }],
        ['catalog.product_published', {}],
        ['catalog.product_archived', { from: 'PUBLISHED' }],
      ].map(([type, payload]) => ({ type, payload, by_manager: true })),
    );
  });

  it('records one event when two managers publish the same product at the same moment, and the archive from where it really was', async () => {
    const { createProduct } = await env.as.manager.data<Created>(CREATE, { input: input({ name: 'Tyre Lever', variants: [{ sku: 'lever-2', name: 'Pair', priceMinor: 6_00, stock: 8 }] }) });
    const id = createProduct.id;
    const deputy = env.visitor();
    await deputy.data(`mutation { logIn(input: { email: "manager@ridgeline.example", password: "ridgeline-demo" }) { account { id } } }`);
    const events = async () => (await env.dataSource.query(`SELECT type, payload FROM platform_event WHERE subject_id = $1 ORDER BY id`, [id])) as { type: string; payload: object }[];

    // Both requests start while another transaction holds the product row, so both are past their
    // start and waiting when it lets go.
    const together = async (first: Promise<unknown>, second: Promise<unknown>) => {
      const blocker = env.dataSource.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query(`SELECT id FROM product WHERE id = $1 FOR UPDATE`, [id]);
      const both = Promise.all([first, second]);
      const waiting = async () => (await env.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n;
      while ((await waiting()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      await blocker.rollbackTransaction();
      await blocker.release();
      return both;
    };

    const published = await together(env.as.manager.data(SET_STATUS, { id, status: 'PUBLISHED' }), deputy.data(SET_STATUS, { id, status: 'PUBLISHED' }));
    expect(published).toEqual([{ setProductStatus: { status: 'PUBLISHED' } }, { setProductStatus: { status: 'PUBLISHED' } }]);
    expect(await events()).toEqual([{ type: 'catalog.product_published', payload: {} }]);

    // One archives while the other unpublishes: whichever goes second starts from the first's result.
    await together(env.as.manager.data(SET_STATUS, { id, status: 'ARCHIVED' }), deputy.data(SET_STATUS, { id, status: 'DRAFT' }));
    const [, second, third] = await events();
    const [{ status }] = await env.dataSource.query(`SELECT status FROM product WHERE id = $1`, [id]);
    expect([second, third]).toEqual(
      status === 'DRAFT'
        ? [{ type: 'catalog.product_archived', payload: { from: 'PUBLISHED' } }, { type: 'catalog.product_unarchived', payload: {} }]
        : [{ type: 'catalog.product_unpublished', payload: {} }, { type: 'catalog.product_archived', payload: { from: 'DRAFT' } }],
    );
  });

  it('keeps the "from" price in step with variant prices', async () => {
    const { createProduct } = await env.as.manager.data<Created>(CREATE, { input: input({ name: 'Bottle Cage', variants: [{ sku: 'cage-1', name: 'Black', priceMinor: 19_00, stock: 5 }] }) });
    await env.as.manager.data(`mutation($id: ID!) { addProductVariant(productId: $id, input: { sku: "cage-2", name: "Carbon", priceMinor: 1500, stock: 2 }) { id } }`, { id: createProduct.id });
    expect(await env.as.manager.data(`{ product(slug: "bottle-cage") { priceFrom { amountMinor } } }`)).toEqual({ product: { priceFrom: { amountMinor: 1500 } } });

    await env.as.manager.data(`mutation($id: ID!) { updateProductVariant(id: $id, input: { priceMinor: 900 }) { id } }`, { id: createProduct.variants[0].id });
    expect(await env.as.manager.data(`{ product(slug: "bottle-cage") { priceFrom { amountMinor } } }`)).toEqual({ product: { priceFrom: { amountMinor: 900 } } });
  });

  it('edits a product and its variants, and adds a variant: the shop shows the new price', async () => {
    const { createProduct } = await env.as.manager.data<Created>(CREATE, { input: input({ name: 'Saddle Bag', variants: [{ sku: 'bag-s', name: 'Small', priceMinor: 39_00, stock: 4 }] }) });
    await env.as.manager.data(SET_STATUS, { id: createProduct.id, status: 'PUBLISHED' });
    const [{ id: toolsId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'tools'`);

    await env.as.manager.data(`mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }`, {
      id: createProduct.id,
      input: { name: 'Seat Pack', description: 'Waterproof, 4 litres.', categoryId: toolsId },
    });
    await env.as.manager.data(`mutation($id: ID!) { updateProductVariant(id: $id, input: { name: "Small (4 l)", priceMinor: 4200 }) { id } }`, { id: createProduct.variants[0].id });
    await env.as.manager.data(`mutation($id: ID!) { addProductVariant(productId: $id, input: { sku: "bag-l", name: "Large (8 l)", priceMinor: 5200, stock: 2 }) { id } }`, { id: createProduct.id });

    expect(await env.visitor().data(`{ product(slug: "saddle-bag") { name description category { slug } priceFrom { amountMinor } variants { name price { amountMinor } stock } } }`)).toEqual({
      product: {
        name: 'Seat Pack',
        description: 'Waterproof, 4 litres.',
        category: { slug: 'tools' },
        priceFrom: { amountMinor: 42_00 },
        variants: [
          { name: 'Small (4 l)', price: { amountMinor: 42_00 }, stock: 4 },
          { name: 'Large (8 l)', price: { amountMinor: 52_00 }, stock: 2 },
        ],
      },
    });
  });

  it.each([
    ['updateProduct', `mutation($id: ID!) { updateProduct(id: $id, input: { name: null }) { id } }`, 'name'],
    ['updateProduct', `mutation($id: ID!) { updateProduct(id: $id, input: { description: "  " }) { id } }`, 'description'],
    ['updateProduct', `mutation($id: ID!) { updateProduct(id: $id, input: { categoryId: null }) { id } }`, 'categoryId'],
    ['updateProductVariant', `mutation($id: ID!) { updateProductVariant(id: $id, input: { priceMinor: null }) { id } }`, 'priceMinor'],
    ['updateProductVariant', `mutation($id: ID!) { updateProductVariant(id: $id, input: { name: null }) { id } }`, 'name'],
    ['updateProductVariant', `mutation($id: ID!) { updateProductVariant(id: $id, input: { priceMinor: -5 }) { id } }`, 'priceMinor'],
    // Above MAX_PRICE_MINOR (1,000,000,000.00): a slipped finger, not a price.
    ['updateProductVariant', `mutation($id: ID!) { updateProductVariant(id: $id, input: { priceMinor: 100000000001 }) { id } }`, 'priceMinor'],
  ])('%s refuses emptying or breaking a field (%s)', async (mutation, document, field) => {
    const [product] = await env.dataSource.query(`SELECT id, name, description, category_id FROM product WHERE slug = 'ridgeline-multitool'`);
    const [variant] = await env.dataSource.query(`SELECT id, name, price_minor FROM product_variant WHERE product_id = $1`, [product.id]);
    const result = await env.as.manager.request(document, { id: mutation === 'updateProduct' ? product.id : variant.id });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await env.dataSource.query(`SELECT id, name, description, category_id FROM product WHERE id = $1`, [product.id])).toEqual([product]);
    expect(await env.dataSource.query(`SELECT id, name, price_minor FROM product_variant WHERE id = $1`, [variant.id])).toEqual([variant]);
  });

  it('archives a product: gone from the shop, still there for the manager', async () => {
    const [{ id }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-chain-12'`);
    await env.as.manager.data(SET_STATUS, { id, status: 'ARCHIVED' });
    expect(await env.visitor().data(`{ product(slug: "ridgeline-chain-12") { id } }`)).toEqual({ product: null });
    const { manageProducts } = await env.as.manager.data<{ manageProducts: { nodes: { slug: string }[] } }>(`{ manageProducts(status: ARCHIVED) { nodes { slug } } }`);
    expect(manageProducts.nodes.map((p) => p.slug)).toContain('ridgeline-chain-12');
  });

  it('will not publish a product with nothing to buy', async () => {
    const { createProduct } = await env.as.manager.data<Created>(CREATE, { input: input({ name: 'Empty Shell', variants: [{ sku: 'shell-1', name: 'One', priceMinor: 100, stock: 1 }] }) });
    await env.dataSource.query(`DELETE FROM product_variant WHERE product_id = $1`, [createProduct.id]);
    expect(firstError(await env.as.manager.request(SET_STATUS, { id: createProduct.id, status: 'PUBLISHED' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it.each([
    ['a taken slug', { slug: 'summit-al-gravel' }, 'CONFLICT', 'slug'],
    ['a taken SKU', { name: 'Other', variants: [{ sku: 'x-1', name: 'a', priceMinor: 1, stock: 1 }, { sku: 'SUMMIT-AL-GRAVEL-1', name: 'b', priceMinor: 1, stock: 1 }] }, 'CONFLICT', 'variants.1.sku'],
    ['a repeated SKU', { name: 'Other 2', variants: [{ sku: 'dup', name: 'a', priceMinor: 1, stock: 1 }, { sku: 'DUP', name: 'b', priceMinor: 1, stock: 1 }] }, 'CONFLICT', 'variants.1.sku'],
    ['an unknown category', { name: 'Other 3', categoryId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'categoryId'],
    ['a negative price', { name: 'Other 4', variants: [{ sku: 'neg', name: 'a', priceMinor: -1, stock: 1 }] }, 'BAD_USER_INPUT', 'variants.0.priceMinor'],
    ['negative stock', { name: 'Other 5', variants: [{ sku: 'neg2', name: 'a', priceMinor: 1, stock: -3 }] }, 'BAD_USER_INPUT', 'variants.0.stock'],
    ['no variants', { name: 'Other 6', variants: [] }, 'BAD_USER_INPUT', 'variants'],
    ['an unknown currency', { name: 'Other 7', currency: 'XYZ' }, 'BAD_USER_INPUT', 'currency'],
  ])('refuses %s, writing nothing', async (_case, overrides, code, field) => {
    const before = [await env.count('product'), await env.count('product_variant')];
    const result = await env.as.manager.request(CREATE, { input: input(overrides) });
    expect(firstError(result)).toMatchObject({ code, field });
    expect([await env.count('product'), await env.count('product_variant')]).toEqual(before);
  });

  it('is for brand managers only', async () => {
    expect(firstError(await env.as.consumer.request(CREATE, { input: input({ name: 'Sneaky' }) })).code).toBe('FORBIDDEN');
    expect(firstError(await env.as.vendor.request(`{ manageProducts { nodes { id } } }`)).code).toBe('FORBIDDEN');
    expect(firstError(await env.visitor().request(`mutation { createCategory(input: { name: "X" }) { id } }`)).code).toBe('UNAUTHENTICATED');
  });

  it('creates categories with unique slugs', async () => {
    const { createCategory } = await env.as.manager.data<{ createCategory: { slug: string } }>(`mutation { createCategory(input: { name: "Clothing & Shoes" }) { slug } }`);
    expect(createCategory.slug).toBe('clothing-shoes');
    expect(firstError(await env.as.manager.request(`mutation { createCategory(input: { name: "Bikes" }) { slug } }`))).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    const { categories } = await env.visitor().data<{ categories: { slug: string }[] }>(`{ categories { slug } }`);
    // By position, then name: the new category has position 0, like Bikes.
    expect(categories.map((c) => c.slug)).toEqual(['bikes', 'clothing-shoes', 'parts', 'tools']);
  });
});
