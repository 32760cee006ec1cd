/** The pages search engines may crawl, and the ones they may not (account, checkout, manager pages). */
export const PRIVATE_PATHS = ['/manage', '/account', '/checkout', '/orders', '/cart', '/graphql'] as const;

/** robots.txt: everything public is open to crawlers, what belongs to a signed-in person is not. */
export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`), '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}

export interface SitemapEntry {
  /** Path on the site's origin, e.g. /products/summit-cf-gravel. */
  path: string;
  lastModified?: Date;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlText = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char]);

export const SITEMAP_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
export const SITEMAP_TAIL = '</urlset>\n';

/** One <url> of a sitemap (sitemaps.org protocol 0.9): the absolute address and, when known, its last change. */
export function sitemapUrl(origin: string, { path, lastModified }: SitemapEntry): string {
  const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : '';
  return `  <url><loc>${xmlText(origin + path)}</loc>${lastmod}</url>\n`;
}

/** A sitemap, streamed: the head, one <url> per entry as the entries arrive, the tail. */
export async function* sitemapXml(origin: string, entries: AsyncIterable<SitemapEntry>): AsyncGenerator<string> {
  yield SITEMAP_HEAD;
  for await (const entry of entries) yield sitemapUrl(origin, entry);
  yield SITEMAP_TAIL;
}
