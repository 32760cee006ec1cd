import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { ApiError } from './graphql-client';

/**
 * What a page's HTML says about it before any script runs, for search engines and link previews
 * (decision 0023). A public route module declares it in its `handle` (see `PageHandle`); the server
 * renders it into <head> and answers with its `status`.
 */
export interface PageHead {
  /** The page's own name; the brand's name follows it in <title>. Null: the brand's name alone (home). */
  title: string | null;
  /** One or two sentences for search results and previews; the brand's tagline when absent. */
  description?: string;
  /** Path of the page's one address (search engines merge the others into it); default: the requested path without its query. */
  canonicalPath?: string;
  /** The preview picture; absolute or a path on this origin. */
  image?: { url: string; alt?: string; width?: number | null; height?: number | null };
  /** og:type: `website` unless said otherwise. */
  type?: 'website' | 'product' | 'profile';
  /** schema.org structured data, one JSON-LD script each (a Product, a BreadcrumbList). */
  jsonLd?: readonly Record<string, unknown>[];
  /** 404 when what the address names does not exist: the page still renders (its own "not found"). */
  status?: 200 | 404;
  /** Keep the page out of search results (a draft a manager previews, a missing page). */
  noindex?: boolean;
  /** The thing lives at another address (a service asked for as /products/:slug): answered 301 to this path instead. */
  redirect?: string;
}

/** What a page's `prefetch` and `head` get: the address's parts, the request's query cache, the site. */
export interface PageRequest {
  /** The route's parameters (`slug` of /products/:slug). */
  params: Readonly<Record<string, string | undefined>>;
  searchParams: URLSearchParams;
  /** The cache the server renders from and sends to the browser with the page. */
  queryClient: QueryClient;
  /** Scheme, host and port the site is reached at (PUBLIC_URL), for absolute URLs. */
  origin: string;
  /** The brand's name and currency, already fetched. */
  site: SiteInfo;
}

export interface SiteInfo {
  name: string;
  tagline?: string | null;
  currency?: string;
}

/**
 * The contract between a public route module and the server renderer. A route module that exports
 * `handle` with a `head` is rendered on the server (its HTML complete before any script runs); one
 * without is sent as the layout with "Loading…" and rendered in the browser.
 *
 *     export const handle: PageHandle = {
 *       prefetch: ({ params, queryClient }) => queryClient.prefetchQuery(catalogQueries.product(params.slug!)),
 *       head: ({ params, queryClient }) => productHead(queryClient.getQueryData(catalogQueries.product(params.slug!).queryKey)),
 *     };
 *
 * `prefetch` loads what the page shows on arrival, through the same `queryOptions` the page's hooks
 * use (the same query keys), so the server renders it and the browser starts with it in its cache;
 * a query it leaves out renders as loading and is fetched by the browser. `head` reads the cache.
 */
export interface PageHandle {
  prefetch?: (request: PageRequest) => Promise<unknown>;
  head: (request: PageRequest) => PageHead;
}

/** The route handle of a matched route, when it is a page's. */
export function pageHandleOf(handle: unknown): PageHandle | undefined {
  return handle && typeof (handle as PageHandle).head === 'function' ? (handle as PageHandle) : undefined;
}

/**
 * For a page whose main query failed for a reason other than the address naming nothing (the API
 * did not answer, a bug): a head that claims nothing, answered 200 and kept out of the index, since
 * the browser asks again. Undefined when the query succeeded or the API refused the address itself
 * (a malformed id), which the page's head turns into a 404.
 */
export function failedQueryHead(queryClient: QueryClient, queryKey: QueryKey): PageHead | undefined {
  const state = queryClient.getQueryState(queryKey);
  if (state?.status !== 'error') return undefined;
  const refused = state.error instanceof ApiError && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(state.error.code);
  return refused ? undefined : { title: null, noindex: true };
}

/** Longest description search engines show in full; longer text is cut at a word. */
const DESCRIPTION_LENGTH = 160;

/** Text for a meta description: one line, at most 160 characters, cut at a word with an ellipsis. */
export function summarise(text: string, length = DESCRIPTION_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return line;
  const cut = line.slice(0, length - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** `path` on `origin` as an absolute URL; an absolute http(s) URL is kept. */
export function absoluteUrl(origin: string, path: string): string {
  return /^https?:\/\//i.test(path) ? path : `${origin}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** "<page> · <brand>", or the brand's name alone. */
export function documentTitle(title: string | null, siteName: string): string {
  return [title, siteName].filter((part, index, all): part is string => Boolean(part) && all.indexOf(part) === index).join(' · ');
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char]);
}

/**
 * JSON for a <script> element: `<` written as \u003c so no value can close the element (`</script>`)
 * or open a comment; U+2028/2029 escaped for older parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The <head> elements for a page: title, description, canonical URL, robots, OpenGraph and Twitter
 * card, and the JSON-LD scripts. `path`: the requested path, the canonical one unless the head names another.
 */
export function headElements(head: PageHead, { site, origin, path }: { site: SiteInfo; origin: string; path: string }): string {
  const title = documentTitle(head.title, site.name);
  const description = head.description || site.tagline || `${site.name}: the shop.`;
  const canonical = origin + (head.canonicalPath ?? path);
  const image = head.image ? { ...head.image, url: absoluteUrl(origin, head.image.url) } : undefined;
  const meta = (key: 'name' | 'property', name: string, content: string | number | null | undefined) =>
    content === undefined || content === null || content === '' ? '' : `<meta ${key}="${name}" content="${escapeHtml(String(content))}" />`;
  const lines = [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    head.noindex ? meta('name', 'robots', 'noindex') : '',
    meta('property', 'og:site_name', site.name),
    meta('property', 'og:type', head.type ?? 'website'),
    meta('property', 'og:title', head.title ?? site.name),
    meta('property', 'og:description', description),
    meta('property', 'og:url', canonical),
    meta('property', 'og:image', image?.url),
    meta('property', 'og:image:alt', image?.alt),
    meta('property', 'og:image:width', image?.width),
    meta('property', 'og:image:height', image?.height),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title ?? site.name),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image?.url),
    meta('name', 'twitter:image:alt', image?.alt),
    ...(head.jsonLd ?? []).map((data) => `<script type="application/ld+json">${scriptJson(data)}</script>`),
  ];
  return lines.filter(Boolean).join('\n    ');
}

/** schema.org WebSite (with the shop's search) and Organization, for the home page. */
export function siteJsonLd(site: SiteInfo, origin: string): Record<string, unknown>[] {
  const home = absoluteUrl(origin, '/');
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      url: home,
      potentialAction: { '@type': 'SearchAction', target: `${absoluteUrl(origin, '/shop')}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
    },
    { '@context': 'https://schema.org', '@type': 'Organization', name: site.name, url: home },
  ];
}
