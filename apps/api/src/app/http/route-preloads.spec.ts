import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { routePreloads, withHeadTags } from './route-preloads';

describe('routePreloads', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'flagship-preloads-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const withManifest = async (manifest: object) => {
    await mkdir(path.join(dir, '.vite'));
    await writeFile(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    return routePreloads(dir);
  };

  it("preloads a shopper page's route chunk and what it imports, but not what the entry loads anyway", async () => {
    const preloads = await withManifest({
      'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_vendor-react-2.js'], css: ['assets/index-1.css'] },
      '_vendor-react-2.js': { file: 'assets/vendor-react-2.js' },
      '_grid-3.js': { file: 'assets/grid-3.js', imports: ['_vendor-react-2.js', '_money-4.js'], css: ['assets/grid-3.css'] },
      '_money-4.js': { file: 'assets/money-4.js' },
      'src/app/routes/product.tsx': { file: 'assets/product-5.js', isDynamicEntry: true, imports: ['_grid-3.js', 'index.html'] },
      'src/app/routes/home.tsx': { file: 'assets/home-6.js', isDynamicEntry: true, imports: ['_grid-3.js'], css: ['assets/index-1.css'] },
      'src/app/routes/manage/products.tsx': { file: 'assets/products-7.js', isDynamicEntry: true, imports: [] },
    });
    const hrefs = (tags: string) => [...tags.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(([, href]) => href);
    expect(hrefs(preloads('/products/summit-al-gravel'))).toEqual(['/assets/product-5.js', '/assets/grid-3.js', '/assets/money-4.js']);
    expect(hrefs(preloads('/'))).toEqual(['/assets/home-6.js', '/assets/grid-3.js', '/assets/money-4.js']);
    // Their stylesheets, but not the entry's again.
    expect(preloads('/')).toContain('<link rel="stylesheet" crossorigin href="/assets/grid-3.css">');
    expect(preloads('/')).not.toContain('index-1.css');
    // No route chunk was built for the shop here; manager pages are never preloaded.
    expect(preloads('/shop')).toBe('');
    expect(preloads('/manage/products')).toBe('');
    expect(preloads('/products/a/b')).toBe('');
  });

  it('preloads nothing for a storefront built without a manifest', () => {
    expect(routePreloads(dir)('/')).toBe('');
  });
});

describe('withHeadTags', () => {
  it('adds the tags at the end of the head', () => {
    expect(withHeadTags('<html><head><title>x</title></head><body></body></html>', '<link rel="modulepreload" href="/a.js">')).toBe(
      '<html><head><title>x</title>    <link rel="modulepreload" href="/a.js">\n  </head><body></body></html>',
    );
    expect(withHeadTags('<head></head>', '')).toBe('<head></head>');
  });
});
