import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id slug specs { label value } variants { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { specs { label value } } }`;
const UPDATE_CATEGORY = `mutation($id: ID!, $input: UpdateCategoryInput!) { updateCategory(id: $id, input: $input) { slug sizeGuide { columns rows { size values } note } } }`;

type Spec = { label: string; value: string };
type Created = { createProduct: { id: string; slug: string; specs: Spec[]; variants: { id: string }[] } };

/** What a product page shows beyond name, price and variants (decision 0021). */
describe('product details', () => {
  let env: TestEnvironment;
  let partsId: string;
  let bikesId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: partsId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
    [{ id: bikesId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'bikes'`);
  });
  afterAll(() => env.close());

  let made = 0;
  const input = (overrides: Record<string, unknown> = {}) => {
    made++;
    return {
      name: `Spec Test ${made}`,
      description: 'For the spec sheet.',
      categoryId: partsId,
      currency: 'EUR',
      variants: [{ sku: `SPEC-TEST-${made}`, name: 'Standard', priceMinor: 10_00, stock: 5 }],
      ...overrides,
    };
  };

  describe('specs', () => {
    it('gives every demo product a spec sheet, in the order written, and more than a line of description', async () => {
      const { products } = await env.visitor().data<{ products: { nodes: { slug: string; description: string; specs: Spec[] }[] } }>(
        `{ products(first: 20, filter: { sellerKind: BRAND }) { nodes { slug description specs { label value } } } }`,
      );
      expect(products.nodes).toHaveLength(12);
      for (const product of products.nodes) {
        expect(product.specs.length).toBeGreaterThanOrEqual(4);
        expect(product.description.split('\n\n').length).toBeGreaterThanOrEqual(2);
      }
      const gravel = products.nodes.find((p) => p.slug === 'summit-al-gravel')!;
      expect(gravel.specs.slice(0, 2)).toEqual([
        { label: 'Frame', value: 'Aluminium 6061, double-butted, internal routing' },
        { label: 'Fork', value: 'Carbon, 12 mm thru-axle, flat mount' },
      ]);
      expect(gravel.specs.at(-1)).toEqual({ label: 'Weight', value: '9.8 kg (size M)' });
    });

    it('are written by brand managers when creating and editing, trimmed, and replaced whole', async () => {
      const { createProduct } = await env.as.manager.data<Created>(CREATE, {
        input: input({ specs: [{ label: ' Material ', value: 'Aluminium 6061 ' }, { label: 'Weight', value: '35 g' }] }),
      });
      expect(createProduct.specs).toEqual([{ label: 'Material', value: 'Aluminium 6061' }, { label: 'Weight', value: '35 g' }]);

      const reordered = [{ label: 'Weight', value: '34 g' }, { label: 'Material', value: 'Carbon' }, { label: 'Colour', value: 'Black' }];
      expect(await env.as.manager.data(UPDATE, { id: createProduct.id, input: { specs: reordered } })).toEqual({ updateProduct: { specs: reordered } });
      // Other fields leave them alone; an empty list clears them.
      expect(await env.as.manager.data(UPDATE, { id: createProduct.id, input: { name: 'Spec Test renamed' } })).toEqual({ updateProduct: { specs: reordered } });
      expect(await env.as.manager.data(UPDATE, { id: createProduct.id, input: { specs: [] } })).toEqual({ updateProduct: { specs: [] } });
    });

    it('default to none', async () => {
      const { createProduct } = await env.as.manager.data<Created>(CREATE, { input: input() });
      expect(createProduct.specs).toEqual([]);
    });

    it.each([
      ['more than 30 lines', Array.from({ length: 31 }, (_, i) => ({ label: `Line ${i}`, value: 'x' })), 'specs'],
      ['an empty label', [{ label: '  ', value: 'Aluminium' }], 'specs.0.label'],
      ['a label over 40 characters', [{ label: 'L'.repeat(41), value: 'x' }], 'specs.0.label'],
      ['a value over 200 characters', [{ label: 'Frame', value: 'Steel' }, { label: 'Story', value: 'v'.repeat(201) }], 'specs.1.value'],
      ['a label given twice', [{ label: 'Weight', value: '1 kg' }, { label: 'Frame', value: 'Steel' }, { label: 'weight ', value: '2 kg' }], 'specs.2.label'],
    ])('refuse %s, writing nothing', async (_case, specs, field) => {
      const before = await env.count('product');
      expect(firstError(await env.as.manager.request(CREATE, { input: input({ specs }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await env.count('product')).toBe(before);

      const [{ id, specs: stored }] = await env.dataSource.query(`SELECT id, specs FROM product WHERE slug = 'ridgeline-chain-12'`);
      expect(firstError(await env.as.manager.request(UPDATE, { id, input: { specs } }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect((await env.dataSource.query(`SELECT specs FROM product WHERE id = $1`, [id]))[0].specs).toEqual(stored);
    });

    it('cannot be set to null (an empty list clears them)', async () => {
      const [{ id }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-chain-12'`);
      expect(firstError(await env.as.manager.request(UPDATE, { id, input: { specs: null } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'specs' });
    });

    it('are edited by brand managers only', async () => {
      const [{ id }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-chain-12'`);
      expect(firstError(await env.as.consumer.request(UPDATE, { id, input: { specs: [] } })).code).toBe('FORBIDDEN');
    });
  });

  describe('size guide', () => {
    const GUIDE = `query($slug: String!) { product(slug: $slug) { sizeGuide { columns rows { size values } note } category { sizeGuide { columns } } } }`;
    type Guide = { product: { sizeGuide: { columns: string[]; rows: { size: string; values: string[] }[]; note: string | null } | null; category: { sizeGuide: { columns: string[] } | null } } };

    it("shows the bikes' guide on every bike, one row per size the bikes come in", async () => {
      const { product } = await env.visitor().data<Guide>(GUIDE, { slug: 'summit-al-gravel' });
      expect(product.sizeGuide).toMatchObject({ columns: ['Rider height', 'Inside leg', 'Frame size'] });
      expect(product.sizeGuide!.rows.map((row) => row.size)).toEqual(['S', 'M', 'L', 'XL']);
      expect(product.sizeGuide!.rows[1]).toEqual({ size: 'M', values: ['167–178 cm', '78–83 cm', '53 cm'] });
      expect(product.sizeGuide!.note).toMatch(/Between two sizes/);
      expect(product.category.sizeGuide).toEqual({ columns: ['Rider height', 'Inside leg', 'Frame size'] });
      expect(await env.visitor().data(GUIDE, { slug: 'ridgeline-multitool' })).toEqual({ product: { sizeGuide: null, category: { sizeGuide: null } } });
    });

    it('reads the guide of the categories on a catalog page in one more statement, whatever their number', async () => {
      env.queries.length = 0;
      const { products } = await env.visitor().data<{ products: { nodes: { sizeGuide: unknown; category: { sizeGuide: unknown } }[] } }>(
        `{ products(first: 12, filter: { sellerKind: BRAND }) { nodes { sizeGuide { columns } category { slug sizeGuide { columns } } } } }`,
      );
      expect(products.nodes.filter((p) => p.sizeGuide !== null)).toHaveLength(5);
      expect(products.nodes.filter((p) => p.category.sizeGuide !== null)).toHaveLength(5);
      // The page (categories joined), then the categories' size guides.
      expect(env.queries).toHaveLength(2);
    });

    it('is set, changed and removed on a category by brand managers, trimmed', async () => {
      const sizeGuide = { columns: ['Saddle width ', 'Sit-bone width'], rows: [{ size: '143 mm', values: ['143 mm', 'up to 120 mm'] }, { size: '155 mm', values: ['155 mm', ' 120 mm and wider'] }] };
      const { updateCategory } = await env.as.manager.data<{ updateCategory: { sizeGuide: unknown } }>(UPDATE_CATEGORY, { id: partsId, input: { sizeGuide } });
      expect(updateCategory.sizeGuide).toEqual({
        columns: ['Saddle width', 'Sit-bone width'],
        rows: [{ size: '143 mm', values: ['143 mm', 'up to 120 mm'] }, { size: '155 mm', values: ['155 mm', '120 mm and wider'] }],
        note: null,
      });
      expect((await env.visitor().data<Guide>(GUIDE, { slug: 'ridgeline-saddle-comfort' })).product.sizeGuide?.columns).toEqual(['Saddle width', 'Sit-bone width']);

      // A rename leaves the guide; null removes it.
      await env.as.manager.data(UPDATE_CATEGORY, { id: partsId, input: { name: 'Parts' } });
      expect((await env.visitor().data<Guide>(GUIDE, { slug: 'ridgeline-saddle-comfort' })).product.sizeGuide).not.toBeNull();
      expect(await env.as.manager.data(UPDATE_CATEGORY, { id: partsId, input: { sizeGuide: null } })).toEqual({ updateCategory: { slug: 'parts', sizeGuide: null } });
      expect((await env.visitor().data<Guide>(GUIDE, { slug: 'ridgeline-saddle-comfort' })).product.sizeGuide).toBeNull();
    });

    it('comes with a new category too', async () => {
      const { createCategory } = await env.as.manager.data<{ createCategory: { sizeGuide: unknown } }>(
        `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { sizeGuide { columns rows { size values } note } } }`,
        { input: { name: 'Helmets', sizeGuide: { columns: ['Head circumference'], rows: [{ size: 'M', values: ['54–58 cm'] }], note: 'Measure just above the eyebrows.' } } },
      );
      expect(createCategory.sizeGuide).toEqual({ columns: ['Head circumference'], rows: [{ size: 'M', values: ['54–58 cm'] }], note: 'Measure just above the eyebrows.' });
    });

    const row = (size: string, values = ['x', 'y']) => ({ size, values });
    it.each([
      ['no columns', { columns: [], rows: [row('S', [])] }, 'sizeGuide.columns'],
      ['seven columns', { columns: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], rows: [row('S', ['1', '2', '3', '4', '5', '6', '7'])] }, 'sizeGuide.columns'],
      ['an empty heading', { columns: ['Height', ' '], rows: [row('S')] }, 'sizeGuide.columns'],
      ['no rows', { columns: ['a', 'b'], rows: [] }, 'sizeGuide.rows'],
      ['21 rows', { columns: ['a', 'b'], rows: Array.from({ length: 21 }, (_, i) => row(`${i}`)) }, 'sizeGuide.rows'],
      ['a row short of a value', { columns: ['a', 'b'], rows: [row('S'), row('M', ['x'])] }, 'sizeGuide.rows.1.values'],
      ['a size given twice', { columns: ['a', 'b'], rows: [row('S'), row('M'), row(' m')] }, 'sizeGuide.rows.2.size'],
      ['an empty size', { columns: ['a', 'b'], rows: [row('')] }, 'sizeGuide.rows.0.size'],
      ['a note over 300 characters', { columns: ['a', 'b'], rows: [row('S')], note: 'n'.repeat(301) }, 'sizeGuide.note'],
    ])('refuses %s, changing nothing', async (_case, sizeGuide, field) => {
      const before = await env.dataSource.query(`SELECT size_guide FROM category WHERE id = $1`, [bikesId]);
      expect(firstError(await env.as.manager.request(UPDATE_CATEGORY, { id: bikesId, input: { sizeGuide } }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await env.dataSource.query(`SELECT size_guide FROM category WHERE id = $1`, [bikesId])).toEqual(before);
    });

    it('is changed by brand managers only, and names a category that exists', async () => {
      expect(firstError(await env.as.consumer.request(UPDATE_CATEGORY, { id: bikesId, input: { sizeGuide: null } })).code).toBe('FORBIDDEN');
      expect(firstError(await env.visitor().request(UPDATE_CATEGORY, { id: bikesId, input: { sizeGuide: null } })).code).toBe('UNAUTHENTICATED');
      expect(firstError(await env.as.manager.request(UPDATE_CATEGORY, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'X' } })).code).toBe('NOT_FOUND');
      expect(firstError(await env.as.manager.request(UPDATE_CATEGORY, { id: bikesId, input: { slug: 'tools' } }))).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    });
  });

  describe('options, stock and delivery', () => {
    const VARIANTS = `query($slug: String!) { product(slug: $slug) { dispatchTime variants { sku size colour stock availability } } }`;
    type Variants = { product: { dispatchTime: string; variants: { sku: string; size: string | null; colour: string | null; stock: number; availability: string }[] } };

    it('gives demo bikes a second colour in some sizes only, so some combinations do not exist', async () => {
      const { product } = await env.visitor().data<Variants>(VARIANTS, { slug: 'summit-al-gravel' });
      expect(product.variants.map((v) => `${v.size}/${v.colour}`)).toEqual(['S/Moss green', 'M/Moss green', 'L/Moss green', 'XL/Moss green', 'S/Sand', 'M/Sand', 'L/Sand']);
      // The first colour keeps the SKUs other tests name.
      expect(product.variants.slice(0, 4).map((v) => v.sku)).toEqual(['SUMMIT-AL-GRAVEL-1', 'SUMMIT-AL-GRAVEL-2', 'SUMMIT-AL-GRAVEL-3', 'SUMMIT-AL-GRAVEL-4']);
    });

    it('says whether each variant is in stock, low (3 or fewer) or sold out, and when it ships', async () => {
      const { product } = await env.visitor().data<Variants>(VARIANTS, { slug: 'summit-al-gravel' });
      expect(product.variants.map((v) => [v.stock, v.availability])).toEqual([
        [3, 'LOW_STOCK'], [5, 'IN_STOCK'], [4, 'IN_STOCK'], [1, 'LOW_STOCK'], [2, 'LOW_STOCK'], [0, 'SOLD_OUT'], [3, 'LOW_STOCK'],
      ]);
      expect(product.dispatchTime).toBe('Ships in 1–2 working days');
    });

    it('refuses a second variant with the same size and colour, when adding or editing', async () => {
      const [{ id }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'summit-al-gravel'`);
      const add = await env.as.manager.request(`mutation($id: ID!) { addProductVariant(productId: $id, input: { sku: "AL-DUP", name: "M, Sand again", size: "m", colour: "sand", priceMinor: 100, stock: 1 }) { id } }`, { id });
      expect(firstError(add)).toMatchObject({ code: 'CONFLICT', field: 'size' });

      const sandS = (await env.dataSource.query(`SELECT id FROM product_variant WHERE sku = 'SUMMIT-AL-GRAVEL-5'`))[0].id;
      const edit = await env.as.manager.request(`mutation($id: ID!) { updateProductVariant(id: $id, input: { size: "L" }) { id } }`, { id: sandS });
      expect(firstError(edit)).toMatchObject({ code: 'CONFLICT', field: 'size' });
      // Changing to a free combination, or renaming alone, is fine.
      await env.as.manager.data(`mutation($id: ID!) { updateProductVariant(id: $id, input: { name: "S, Sand" }) { id } }`, { id: sandS });

      const create = await env.as.manager.request(CREATE, {
        input: input({ variants: [{ sku: 'OPT-1', name: 'S', size: 'S', priceMinor: 1, stock: 1 }, { sku: 'OPT-2', name: 'Small', size: 'S', priceMinor: 1, stock: 1 }] }),
      });
      expect(firstError(create)).toMatchObject({ code: 'CONFLICT', field: 'variants.1.size' });
      // Variants without options are told apart by their names.
      await env.as.manager.data(CREATE, { input: input({ variants: [{ sku: 'PLAIN-1', name: 'Standard', priceMinor: 1, stock: 1 }, { sku: 'PLAIN-2', name: 'Deluxe', priceMinor: 2, stock: 1 }] }) });
    });
  });

  describe('related products', () => {
    const RELATED = `query($slug: String!, $first: Int) { product(slug: $slug) { related(first: $first) { slug category { slug } } } }`;
    type Related = { product: { related: { slug: string; category: { slug: string } }[] } };

    it('lists the same category first, then the rest of the shop, never the product itself', async () => {
      const { product } = await env.visitor().data<Related>(RELATED, { slug: 'summit-al-gravel', first: 12 });
      // 15 others are on sale (the brand's and the demo vendors' goods): the first 12 of them.
      expect(product.related).toHaveLength(12);
      expect(product.related.map((p) => p.slug)).not.toContain('summit-al-gravel');
      expect(product.related.slice(0, 4).map((p) => p.category.slug)).toEqual(['bikes', 'bikes', 'bikes', 'bikes']);
      expect(product.related.slice(4).every((p) => p.category.slug !== 'bikes')).toBe(true);
    });

    it('takes 4 by default, the best rated of the category first', async () => {
      await env.dataSource.query(`UPDATE product SET rating_average = 4.5, rating_count = 2 WHERE slug = 'tourer-steel'`);
      const { product } = await env.visitor().data<Related>(`{ product(slug: "commuter-8") { related { slug category { slug } } } }`);
      expect(product.related).toHaveLength(4);
      expect(product.related[0].slug).toBe('tourer-steel');
      await env.dataSource.query(`UPDATE product SET rating_average = 0, rating_count = 0 WHERE slug = 'tourer-steel'`);
    });

    it('shows published products only', async () => {
      await env.dataSource.query(`UPDATE product SET status = 'DRAFT' WHERE slug = 'crestline-trail'`);
      try {
        const { product } = await env.visitor().data<Related>(RELATED, { slug: 'summit-al-gravel', first: 12 });
        expect(product.related.map((p) => p.slug)).not.toContain('crestline-trail');
        // A manager looking at the draft sees published products related to it.
        const { product: draft } = await env.as.manager.data<Related>(RELATED, { slug: 'crestline-trail', first: 3 });
        expect(draft.related.map((p) => p.category.slug)).toEqual(['bikes', 'bikes', 'bikes']);
      } finally {
        await env.dataSource.query(`UPDATE product SET status = 'PUBLISHED' WHERE slug = 'crestline-trail'`);
      }
    });

    it.each([[0], [13]])('refuses first: %d', async (first) => {
      expect(firstError(await env.visitor().request(RELATED, { slug: 'commuter-8', first }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('costs the same statements for the related products of 2 products as of 10', async () => {
      const PAGE = `query($first: Int!) { products(first: $first) { nodes { related(first: 3) { name priceFrom { amountMinor } category { name } images { url } } } } }`;
      const statements = async (first: number) => {
        env.queries.length = 0;
        const { products } = await env.visitor().data<{ products: { nodes: { related: unknown[] }[] } }>(PAGE, { first });
        expect(products.nodes.every((p) => p.related.length === 3)).toBe(true);
        return env.queries.length;
      };
      const two = await statements(2);
      expect(await statements(10)).toBe(two);
      // The page, the related products, their categories, their images.
      expect(two).toBe(4);
    });
  });
});
