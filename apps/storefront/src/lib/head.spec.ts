import { describe, expect, it } from 'vitest';
import { documentTitle, headElements, scriptJson, summarise } from './head';

const site = { name: 'Ridgeline Cycles', tagline: 'Bikes built for the long way round.' };
const origin = 'https://shop.example';

describe('headElements', () => {
  it('writes the title, description, canonical URL, OpenGraph and Twitter card of a page', () => {
    const html = headElements(
      { title: 'Trail Bell', description: 'A loud bell.', type: 'product', image: { url: '/media/bell.webp', alt: 'A bell', width: 1200, height: 800 } },
      { site, origin, path: '/products/trail-bell' },
    );
    expect(html.split('\n').map((line) => line.trim())).toEqual([
      '<title>Trail Bell · Ridgeline Cycles</title>',
      '<meta name="description" content="A loud bell." />',
      '<link rel="canonical" href="https://shop.example/products/trail-bell" />',
      '<meta property="og:site_name" content="Ridgeline Cycles" />',
      '<meta property="og:type" content="product" />',
      '<meta property="og:title" content="Trail Bell" />',
      '<meta property="og:description" content="A loud bell." />',
      '<meta property="og:url" content="https://shop.example/products/trail-bell" />',
      '<meta property="og:image" content="https://shop.example/media/bell.webp" />',
      '<meta property="og:image:alt" content="A bell" />',
      '<meta property="og:image:width" content="1200" />',
      '<meta property="og:image:height" content="800" />',
      '<meta name="twitter:card" content="summary_large_image" />',
      '<meta name="twitter:title" content="Trail Bell" />',
      '<meta name="twitter:description" content="A loud bell." />',
      '<meta name="twitter:image" content="https://shop.example/media/bell.webp" />',
      '<meta name="twitter:image:alt" content="A bell" />',
    ]);
  });

  it('titles a page without a name of its own with the brand, describes it with the tagline, and can keep it out of the index', () => {
    const html = headElements({ title: null, noindex: true, canonicalPath: '/' }, { site, origin, path: '/' });
    expect(html).toContain('<title>Ridgeline Cycles</title>');
    expect(html).toContain('<meta name="description" content="Bikes built for the long way round." />');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<link rel="canonical" href="https://shop.example/" />');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).not.toContain('og:image');
  });

  it('escapes what the brand and its products say, in text, attributes and JSON-LD', () => {
    const html = headElements(
      { title: '<script>alert(1)</script> "Bell" & co', description: 'a " quote', jsonLd: [{ name: '</script><script>alert(1)</script>' }] },
      { site: { name: 'R&D <Cycles>' }, origin, path: '/' },
    );
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;Bell&quot; &amp; co · R&amp;D &lt;Cycles&gt;</title>');
    expect(html).toContain('<meta name="description" content="a &quot; quote" />');
    expect(html).toContain('<script type="application/ld+json">{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>');
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('scriptJson', () => {
  it('is JSON that reads back the same', () => {
    const value = { a: '</script>', b: 'line\u2028separator', c: [1, null] };
    expect(JSON.parse(scriptJson(value))).toEqual(value);
    expect(scriptJson(value)).not.toMatch(/<|\u2028/);
  });
});

describe('summarise', () => {
  it('keeps a short text on one line', () => {
    expect(summarise('  Carbon frame,\n electronic  shifting. ')).toBe('Carbon frame, electronic shifting.');
  });

  it('cuts a long one at a word, with an ellipsis, within 160 characters', () => {
    const text = 'word '.repeat(60);
    const summary = summarise(text);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary).toMatch(/word…$/);
  });
});

describe('documentTitle', () => {
  it('is "<page> · <brand>", the brand alone, or the page alone when there is no brand yet', () => {
    expect(documentTitle('Cart', 'Ridgeline Cycles')).toBe('Cart · Ridgeline Cycles');
    expect(documentTitle(null, 'Ridgeline Cycles')).toBe('Ridgeline Cycles');
    expect(documentTitle('Ridgeline Cycles', 'Ridgeline Cycles')).toBe('Ridgeline Cycles');
    expect(documentTitle('Cart', '')).toBe('Cart');
  });
});
