import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from '../support/platform-server';

/**
 * The built platform in production mode, as deployed on one port: the storefront's files with their
 * caching and compression, pages for client-side routes, 404 for missing files, compressed API
 * answers, and the security headers (with the content security policy that lets Stripe Elements load)
 * on every kind of response. The docker nginx configuration repeats those headers and the caching for
 * the files it serves: it must say the same.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const HELMET_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

describe('serving the platform in production', () => {
  let home: PlatformHome;
  let server: PlatformServer;
  let asset: string;
  let largeAsset: string;
  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home, { NODE_ENV: 'production', PUBLIC_URL: 'http://shop.example', ALLOW_TEST_PAYMENTS: 'true', DEMO_DATA: 'true', COOKIE_SECURE: 'false' });
    const files = await readdir('dist/apps/storefront/assets');
    asset = files.find((file) => file.endsWith('.js'))!;
    // The entry script: large enough to have been compressed at build time.
    largeAsset = (await readFile('dist/apps/storefront/index.html', 'utf8')).match(/<script type="module" crossorigin src="\/assets\/([^"]+\.js)"/)![1];
  });
  afterAll(async () => {
    await server?.stop();
    await home?.cleanup();
  });

  const get = (url: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${url}`, { headers });

  it.each([
    ['/', { accept: 'text/html' }, 200, 'text/html', 'no-cache'],
    ['/', { accept: '*/*' }, 200, 'text/html', 'no-cache'],
    ['/orders/123', { accept: 'text/html,application/xhtml+xml' }, 200, 'text/html', 'no-cache'],
    ['/index.html', {}, 200, 'text/html', 'no-cache'],
    ['ASSET', {}, 200, 'javascript', IMMUTABLE],
    ['/favicon.svg', {}, 200, 'image/svg+xml', 'no-cache'],
    ['/assets/missing-456.js', {}, 404, 'json', null],
    ['/orders/123', { accept: 'application/json' }, 404, 'json', null],
    ['/media/products/missing.png', {}, 404, 'json', null],
    ['/health', {}, 200, 'json', null],
  ])('GET %s (%j) answers %i with the security headers', async (url, headers, status, type, cacheControl) => {
    const response = await get(url === 'ASSET' ? `/assets/${asset}` : url, headers);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain(type);
    if (cacheControl) expect(response.headers.get('cache-control')).toContain(cacheControl);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' https://js.stripe.com");
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['identity', null],
  ])('sends a hashed asset compressed at build time to a browser accepting %j (%s)', async (acceptEncoding, encoding) => {
    const response = await rawGet(`/assets/${largeAsset}`, { 'accept-encoding': acceptEncoding });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding ?? undefined);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(String(response.headers['vary']).toLowerCase()).toContain('accept-encoding');
    const original = await readFile(path.join('dist/apps/storefront/assets', largeAsset));
    expect(decode(response.body, encoding).equals(original)).toBe(true);
    // The very bytes of the copy written at build time: nothing compressed per request.
    if (encoding) expect(response.body.equals(await readFile(path.join('dist/apps/storefront/assets', `${largeAsset}.${encoding === 'br' ? 'br' : 'gz'}`)))).toBe(true);
  });

  it('never serves the compressed copies by their own names', async () => {
    expect((await get(`/assets/${largeAsset}.br`)).status).toBe(404);
    expect((await get(`/assets/${largeAsset}.gz`)).status).toBe(404);
    expect((await get('/.vite/manifest.json')).status).toBe(404);
  });

  it('sends index.html uncached and compressed when asked for by name', async () => {
    const response = await rawGet('/index.html', { 'accept-encoding': 'br' });
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(decode(response.body, response.headers['content-encoding'] as string | undefined).toString('utf8')).toContain('<div id="root">');
  });

  it('compresses a large GraphQL answer for a client that accepts it, and leaves a small one as it is', async () => {
    const query = (body: string, acceptEncoding: string) =>
      rawRequest('POST', '/graphql', { 'content-type': 'application/json', 'accept-encoding': acceptEncoding }, JSON.stringify({ query: body }));
    const catalog = '{ products(first: 20) { nodes { id slug name description variants { id sku name price { amountMinor currency } } } } }';
    for (const encoding of ['br', 'gzip']) {
      const large = await query(catalog, encoding);
      expect(large.status).toBe(200);
      expect(large.headers['content-encoding']).toBe(encoding);
      expect(String(large.headers['vary']).toLowerCase()).toContain('accept-encoding');
      const body = JSON.parse(decode(large.body, encoding).toString('utf8')) as { data: { products: { nodes: unknown[] } } };
      expect(body.data.products.nodes.length).toBeGreaterThan(5);
    }
    const plain = await query(catalog, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const small = await query('{ __typename }', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });

  // The server renderer's links (decision 0023), from the manifest the build writes (decision 0025).
  it("preloads a shopper page's own chunks in its HTML, and no manager page's", async () => {
    const manifest = JSON.parse(await readFile('dist/apps/storefront/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
    const preloads = async (url: string) => {
      const html = await (await get(url, { accept: 'text/html' })).text();
      return [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)"\s*\/?>/g)].map(([, href]) => href);
    };
    const indexPreloads = await preloads('/index.html');
    expect(await preloads('/products/summit-al-gravel')).toContain(`/${manifest['src/app/routes/product.tsx'].file}`);
    expect(await preloads('/shop')).toContain(`/${manifest['src/app/routes/shop.tsx'].file}`);
    expect(await preloads('/')).toContain(`/${manifest['src/app/routes/home.tsx'].file}`);
    expect(await preloads('/manage/products')).toEqual(indexPreloads);
  });

  it('is what the docker nginx configuration sets for the files it serves', async () => {
    const response = await get('/', { accept: 'text/html' });
    const nginx = await readFile(path.resolve('docker/nginx-security-headers.conf'), 'utf8');
    const configured = Object.fromEntries([...nginx.matchAll(/^add_header ([\w-]+) "(.*)" always;$/gm)].map(([, name, value]) => [name.toLowerCase(), value]));
    // Helmet's headers, as the API sends them: nginx must set the same names with the same values.
    const sent = Object.fromEntries(HELMET_HEADERS.map((name) => [name, response.headers.get(name)]));
    expect(Object.values(sent).every((value) => value !== null)).toBe(true);
    expect(configured).toEqual(sent);
  });

  it('caches files in docker nginx as the API does', async () => {
    const nginx = await readFile(path.resolve('docker/nginx.conf'), 'utf8');
    const cacheControlIn = (location: string) =>
      nginx.match(new RegExp(`location ${location.replaceAll('/', '\\/')} \\{[^}]*add_header Cache-Control "([^"]+)" always;`))?.[1];
    // The files both serve: hashed assets, and the others at the root (pages come from the API in both).
    expect(cacheControlIn('/assets/')).toBe((await get(`/assets/${largeAsset}`)).headers.get('cache-control'));
    expect(cacheControlIn('/')).toBe((await get('/favicon.svg')).headers.get('cache-control'));
    // The compressed copies written at build time are sent by nginx too.
    expect(nginx).toMatch(/^\s*gzip_static on;$/m);
  });

  interface RawResponse {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }

  /** A request whose answer is read as sent: fetch would decompress it and hide the encoding's bytes. */
  function rawRequest(method: string, url: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${server.baseUrl}${url}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  const rawGet = (url: string, headers: Record<string, string>) => rawRequest('GET', url, headers);

  function decode(body: Buffer, encoding: string | null | undefined): Buffer {
    if (encoding === 'br') return brotliDecompressSync(body);
    if (encoding === 'gzip') return gunzipSync(body);
    return body;
  }
});
