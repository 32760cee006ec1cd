import { describe, expect, it } from 'vitest';
import { assetsOf, entryAssets, renderDocument, type BuildManifest } from './document';

const manifest: BuildManifest = {
  'index.html': { file: 'assets/index-1.js', imports: ['_react-1.js'], css: ['assets/index-1.css'] },
  '_react-1.js': { file: 'assets/react-1.js' },
  '_money-1.js': { file: 'assets/money-1.js', imports: ['index.html'] },
  '_profiles-1.js': { file: 'assets/profiles-1.js', imports: ['_money-1.js'], css: ['assets/profiles-1.css'] },
  'src/app/routes/member.tsx': { file: 'assets/member-1.js', imports: ['index.html', '_profiles-1.js', '_money-1.js'] },
};

describe('assetsOf', () => {
  it('lists a route module’s chunks and styles, through its imports, without what index.html loads', () => {
    expect(assetsOf(manifest, ['src/app/routes/member.tsx'], entryAssets(manifest))).toEqual({
      scripts: ['assets/member-1.js', 'assets/profiles-1.js', 'assets/money-1.js'],
      styles: ['assets/profiles-1.css'],
    });
  });

  it('ignores a module the manifest does not know', () => {
    expect(assetsOf(manifest, ['src/app/routes/nowhere.tsx'], new Set())).toEqual({ scripts: [], styles: [] });
  });
});

describe('renderDocument', () => {
  const template = `<html><head><!--app-head--><script type="module" src="/assets/index-1.js"></script></head><body><div id="root"><!--app-html--></div></body></html>`;

  it('puts the head, the page’s links after index.html’s own, the app and the state in their places', () => {
    const html = renderDocument(template, {
      head: '<title>Shop $& co</title>',
      assets: { scripts: ['assets/shop-1.js'], styles: ['assets/shop-1.css'] },
      body: '<main>$1 Shop</main>',
      state: { rendered: 'page', queries: { mutations: [], queries: [] } },
    });
    expect(html).toBe(
      '<html><head><title>Shop $& co</title><script type="module" src="/assets/index-1.js"></script>' +
        '  <link rel="stylesheet" crossorigin href="/assets/shop-1.css" />\n' +
        '  <link rel="modulepreload" crossorigin href="/assets/shop-1.js" />\n' +
        '  </head><body><div id="root"><main>$1 Shop</main></div>' +
        '  <script type="application/json" id="storefront-state">{"rendered":"page","queries":{"mutations":[],"queries":[]}}</script>\n' +
        '  </body></html>',
    );
  });
});
