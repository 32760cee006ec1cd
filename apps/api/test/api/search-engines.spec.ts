import { ProductListingService } from '@flagship/catalog';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const CREATE = `mutation Create($input: CreateProductInput!) { createProduct(input: $input) { id slug status } }`;
const SET_STATUS = `mutation($id: ID!, $status: ProductStatus!) { setProductStatus(id: $id, status: $status) { status } }`;

/** The addresses a sitemap lists, with their last change. */
const locations = (xml: string) => [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map(([, loc, lastmod]) => ({ loc, lastmod }));

describe('robots.txt and sitemap.xml', () => {
  let env: TestEnvironment;
  let partsId: string;
  beforeAll(async () => {
    env = await createTestEnvironment({ publicUrl: 'https://shop.example' });
    [{ id: partsId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
  });
  afterAll(() => env.close());

  const create = async (name: string, status?: string) => {
    const input = { name, description: 'Test part.', categoryId: partsId, currency: 'EUR', variants: [{ sku: name.toLowerCase().replaceAll(' ', '-'), name: 'One', priceMinor: 1000, stock: 1 }] };
    const { createProduct } = await env.as.manager.data<{ createProduct: { id: string; slug: string } }>(CREATE, { input });
    if (status) await env.as.manager.data(SET_STATUS, { id: createProduct.id, status });
    return createProduct.slug;
  };

  it('lets crawlers in everywhere but the pages of a signed-in person, and points them to the sitemap', async () => {
    const response = await fetch(`${env.baseUrl}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toBe(
      [
        'User-agent: *',
        'Allow: /',
        'Disallow: /manage',
        'Disallow: /account',
        'Disallow: /checkout',
        'Disallow: /orders',
        'Disallow: /cart',
        'Disallow: /graphql',
        '',
        'Sitemap: https://shop.example/sitemap.xml',
        '',
      ].join('\n'),
    );
  });

  it('lists the home page, the shop, each category and every published product, not drafts or archived ones', async () => {
    const draft = await create('Draft Bell');
    const archived = await create('Archived Bell', 'ARCHIVED');
    const published = await create('Published Bell', 'PUBLISHED');

    const response = await fetch(`${env.baseUrl}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/xml');
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n')).toBe(true);
    expect(xml.endsWith('</urlset>\n')).toBe(true);

    const urls = locations(xml);
    const listed = urls.map((url) => url.loc);
    expect(listed.slice(0, 2)).toEqual(['https://shop.example/', 'https://shop.example/shop']);
    expect(listed).toEqual(expect.arrayContaining(['https://shop.example/shop?category=bikes', 'https://shop.example/shop?category=parts']));
    expect(listed).toContain(`https://shop.example/products/${published}`);
    expect(listed).toContain('https://shop.example/products/summit-cf-gravel');
    expect(listed).not.toContain(`https://shop.example/products/${draft}`);
    expect(listed).not.toContain(`https://shop.example/products/${archived}`);
    // Every published product (the demo's and the one just published) once, at its own page, with when it last changed.
    const [{ goods, services, used }] = await env.dataSource.query(
      `SELECT count(*) FILTER (WHERE offer_kind = 'GOODS')::int AS goods, count(*) FILTER (WHERE offer_kind = 'SERVICE')::int AS services, count(*) FILTER (WHERE offer_kind = 'USED')::int AS used
         FROM product WHERE status = 'PUBLISHED' AND NOT seller_hidden`,
    );
    expect(goods).toBeGreaterThanOrEqual(13);
    const products = urls.filter((url) => /\/(products|services|used)\//.test(url.loc));
    expect(urls.filter((url) => url.loc.includes('/products/'))).toHaveLength(goods);
    expect(urls.filter((url) => url.loc.includes('/services/'))).toHaveLength(services);
    expect(urls.filter((url) => url.loc.includes('/used/'))).toHaveLength(used);
    expect(listed).toEqual(expect.arrayContaining(['https://shop.example/vendors', 'https://shop.example/services', 'https://shop.example/used']));
    expect(new Set(products.map((url) => url.loc)).size).toBe(goods + services + used);
    for (const product of products) expect(new Date(product.lastmod!).toISOString()).toBe(product.lastmod);
  });

  it('reads the published products a page at a time, each exactly once', async () => {
    const all: string[] = [];
    for await (const product of env.app.get(ProductListingService).publishedSlugs(5)) all.push(product.slug);
    const [{ count }] = await env.dataSource.query(`SELECT count(*)::int AS count FROM product WHERE status = 'PUBLISHED'`);
    expect(all).toHaveLength(count);
    expect(new Set(all).size).toBe(count);
  });
});
