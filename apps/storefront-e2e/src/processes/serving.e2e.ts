import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from '../support/platform-server';

/**
 * The built platform in production mode, as deployed on one port: the storefront's files with their
 * caching, pages for client-side routes, 404 for missing files, and the security headers (with the
 * content security policy that lets Stripe Elements load) on every kind of response. The docker nginx
 * configuration repeats those headers for the files it serves: it must say the same.
 */
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
  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home, { NODE_ENV: 'production', PUBLIC_URL: 'http://shop.example', ALLOW_TEST_PAYMENTS: 'true', DEMO_DATA: 'true', COOKIE_SECURE: 'false' });
    asset = (await readdir('dist/apps/storefront/assets')).find((file) => file.endsWith('.js'))!;
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
    ['ASSET', {}, 200, 'javascript', 'max-age=3600'],
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

  it('is what the docker nginx configuration sets for the files it serves', async () => {
    const response = await get('/', { accept: 'text/html' });
    const nginx = await readFile(path.resolve('docker/nginx-security-headers.conf'), 'utf8');
    const configured = Object.fromEntries([...nginx.matchAll(/^add_header ([\w-]+) "(.*)" always;$/gm)].map(([, name, value]) => [name.toLowerCase(), value]));
    // Helmet's headers, as the API sends them: nginx must set the same names with the same values.
    const sent = Object.fromEntries(HELMET_HEADERS.map((name) => [name, response.headers.get(name)]));
    expect(Object.values(sent).every((value) => value !== null)).toBe(true);
    expect(configured).toEqual(sent);
  });
});
