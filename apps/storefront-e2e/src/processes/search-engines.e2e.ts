import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from '../support/platform-server';

/**
 * What a search engine or a link preview sees: the built platform in production mode, its pages
 * fetched as HTML without running any script (decision 0023). Each public page carries its title,
 * description, canonical address and OpenGraph tags; a product page its name, price and JSON-LD
 * `Product`; what does not exist answers 404 with the storefront's page; robots.txt and the sitemap
 * use PUBLIC_URL.
 */
const PUBLIC_URL = 'https://shop.example';
const BRAND = 'Ridgeline Cycles';

describe('pages as search engines and link previews see them', () => {
  let home: PlatformHome;
  let server: PlatformServer;
  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home, { NODE_ENV: 'production', PUBLIC_URL, ALLOW_TEST_PAYMENTS: 'true', DEMO_DATA: 'true', COOKIE_SECURE: 'false' });
  });
  afterAll(async () => {
    await server?.stop();
    await home?.cleanup();
  });

  const page = async (path: string) => {
    const response = await fetch(`${server.baseUrl}${path}`, { headers: { accept: 'text/html' } });
    return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
  };
  const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
  const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(html)?.[1];
  const canonical = (html: string) => /<link rel="canonical" href="([^"]*)" \/>/.exec(html)?.[1];
  const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(([, json]) => JSON.parse(json) as Record<string, unknown>);
  /** The rendered app: what is inside #root, where the server put the page (without React's text separators). */
  const app = (html: string) => (/<div id="root">([\s\S]*?)<\/div>\s*<script type="application\/json"/.exec(html)?.[1] ?? '').replaceAll('<!-- -->', '');

  it('sends a product page with its name, price, head and a valid JSON-LD Product', async () => {
    const { status, html } = await page('/products/summit-cf-gravel');
    expect(status).toBe(200);
    expect(title(html)).toBe(`Summit CF Gravel Bike · ${BRAND}`);
    expect(app(html)).toContain('<h1 id="product-title">Summit CF Gravel Bike</h1>');
    expect(app(html)).toContain('€3,499.00');
    expect(app(html)).toMatch(/<a class="site-logo" href="\/"[^>]*>.*?Ridgeline Cycles<\/a>/);
    expect(app(html)).not.toContain('Flagship</a>');
    expect(canonical(html)).toBe(`${PUBLIC_URL}/products/summit-cf-gravel`);
    // The description's start, cut at a word and marked when longer than a search result shows.
    const description = meta(html, 'description');
    expect(description).toMatch(/^Carbon frame, electronic shifting, bag mounts everywhere\. The carbon Summit .*…$/);
    expect(description?.length).toBeLessThanOrEqual(160);
    expect(meta(html, 'og:title')).toBe('Summit CF Gravel Bike');
    expect(meta(html, 'og:type')).toBe('product');
    expect(meta(html, 'og:url')).toBe(`${PUBLIC_URL}/products/summit-cf-gravel`);
    expect(meta(html, 'og:site_name')).toBe(BRAND);
    expect(meta(html, 'twitter:card')).toMatch(/^summary/);
    expect(meta(html, 'robots')).toBeUndefined();

    const [product, breadcrumbs] = jsonLd(html);
    expect(product).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Summit CF Gravel Bike',
      description: expect.stringMatching(/^Carbon frame, electronic shifting, bag mounts everywhere\.\s+The carbon Summit/),
      sku: 'SUMMIT-CF-GRAVEL-1',
      brand: { '@type': 'Brand', name: BRAND },
      url: `${PUBLIC_URL}/products/summit-cf-gravel`,
      offers: { '@type': 'AggregateOffer', priceCurrency: 'EUR', lowPrice: '3499.00', highPrice: '3499.00', offerCount: 4, availability: 'https://schema.org/InStock' },
    });
    const offers = (product.offers as { offers: Record<string, unknown>[] }).offers;
    expect(offers.map((offer) => [offer.sku, offer.price, offer.availability])).toEqual([
      ['SUMMIT-CF-GRAVEL-1', '3499.00', 'https://schema.org/InStock'],
      ['SUMMIT-CF-GRAVEL-2', '3499.00', 'https://schema.org/InStock'],
      ['SUMMIT-CF-GRAVEL-3', '3499.00', 'https://schema.org/InStock'],
      ['SUMMIT-CF-GRAVEL-4', '3499.00', 'https://schema.org/OutOfStock'],
    ]);
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Shop', item: `${PUBLIC_URL}/shop` },
        { position: 2, name: 'Bikes', item: `${PUBLIC_URL}/shop?category=bikes` },
        { position: 3, name: 'Summit CF Gravel Bike', item: `${PUBLIC_URL}/products/summit-cf-gravel` },
      ],
    });
  });

  it('titles the home page with the brand, and each listing with its own name', async () => {
    const start = await page('/');
    expect(start.status).toBe(200);
    expect(title(start.html)).toBe(BRAND);
    expect(canonical(start.html)).toBe(`${PUBLIC_URL}/`);
    expect(meta(start.html, 'og:site_name')).toBe(BRAND);
    expect(app(start.html)).toContain('class="product-card');
    expect(jsonLd(start.html).map((data) => data['@type'])).toEqual(['WebSite', 'Organization']);

    const shop = await page('/shop?sort=NAME');
    expect(title(shop.html)).toBe(`Shop · ${BRAND}`);
    expect(canonical(shop.html)).toBe(`${PUBLIC_URL}/shop`);
    expect(app(shop.html)).toContain('Showing 12 products');

    const bikes = await page('/shop?category=bikes&q=gravel');
    expect(title(bikes.html)).toBe(`Bikes · ${BRAND}`);
    expect(canonical(bikes.html)).toBe(`${PUBLIC_URL}/shop?category=bikes`);
    expect(meta(bikes.html, 'description')).toContain('Bikes');
  });

  it('answers 404 with the storefront’s page for a missing product or an unknown address', async () => {
    const product = await page('/products/no-such-product');
    expect(product.status).toBe(404);
    expect(product.type).toContain('text/html');
    expect(title(product.html)).toBe(`Product not available · ${BRAND}`);
    expect(app(product.html)).toContain('This product is not available');
    expect(meta(product.html, 'robots')).toBe('noindex');

    const unknown = await page('/no/such/page');
    expect(unknown.status).toBe(404);
    expect(unknown.type).toContain('text/html');
    expect(title(unknown.html)).toBe(`Page not found · ${BRAND}`);
    expect(app(unknown.html)).toContain('Page not found');

    const member = await page('/members/00000000-0000-4000-8000-000000000000');
    expect(member.status).toBe(404);
    expect(app(member.html)).toContain('There is no such member');
    expect((await page('/members/not-an-id')).status).toBe(404);
  });

  it('sends a page that needs signing in as the layout, with 200, for the browser to render', async () => {
    const account = await page('/account');
    expect(account.status).toBe(200);
    expect(title(account.html)).toBe(BRAND);
    expect(app(account.html)).toContain(`>${BRAND}</a>`);
    expect(app(account.html)).toContain('Loading…');
  });

  it('points crawlers to the sitemap at PUBLIC_URL, which lists the products', async () => {
    const robots = await fetch(`${server.baseUrl}/robots.txt`).then((response) => response.text());
    expect(robots).toContain('Disallow: /manage\n');
    expect(robots).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    const sitemap = await fetch(`${server.baseUrl}/sitemap.xml`).then((response) => response.text());
    expect(sitemap).toContain(`<loc>${PUBLIC_URL}/products/summit-cf-gravel</loc><lastmod>`);
  });
});
