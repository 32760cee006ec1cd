import { describe, expect, it } from 'vitest';
import { fontPreloadTags } from './preload-fonts';

const HTML = `<head>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>`;

describe('fontPreloadTags', () => {
  it("preloads the Latin, upright files of the entry stylesheet's typefaces", () => {
    const css = [
      '@font-face{font-family:Inter Variable;font-style:normal;font-display:swap;src:url(/assets/inter-cyrillic-wght-normal-AAAA1111.woff2) format("woff2-variations")}',
      '@font-face{font-family:Inter Variable;font-style:normal;src:url(/assets/inter-latin-ext-wght-normal-BBBB2222.woff2) format("woff2-variations")}',
      '@font-face{font-family:Inter Variable;font-style:normal;src:url("/assets/inter-latin-wght-normal-CCCC3333.woff2") format("woff2-variations")}',
      '@font-face{font-family:Inter Variable;font-style:italic;src:url(/assets/inter-latin-wght-italic-DDDD4444.woff2) format("woff2-variations")}',
    ].join('');
    expect(fontPreloadTags(HTML, new Map([['assets/index-abc.css', css]]))).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'preload', href: '/assets/inter-latin-wght-normal-CCCC3333.woff2', as: 'font', type: 'font/woff2', crossorigin: true },
        injectTo: 'head',
      },
    ]);
  });

  it("ignores stylesheets index.html does not link (a lazy page's) and keeps to two fonts", () => {
    const fonts = (names: string[]) => names.map((name) => `@font-face{src:url(/assets/${name}-latin-400-normal-ABCD1234.woff2)}`).join('');
    const sources = new Map([
      ['assets/index-abc.css', fonts(['a', 'b', 'c'])],
      ['assets/manage-def.css', fonts(['d'])],
    ]);
    expect(fontPreloadTags(HTML, sources).map((tag) => tag.attrs?.href)).toEqual(['/assets/a-latin-400-normal-ABCD1234.woff2', '/assets/b-latin-400-normal-ABCD1234.woff2']);
    expect(fontPreloadTags('<head></head>', sources)).toEqual([]);
  });
});
