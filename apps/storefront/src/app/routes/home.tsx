import { catalogQueries } from '@/features/catalog/queries';
import { siteJsonLd, type PageHandle } from '@/lib/head';

export { HomePage as Component } from '@/features/catalog/components/HomePage';

/** The home page is rendered on the server with its departments and newest products (decision 0023). */
export const handle: PageHandle = {
  prefetch: ({ queryClient }) =>
    Promise.all([
      queryClient.prefetchQuery(catalogQueries.categories()),
      // What HomePage shows as "New in": useProducts({}, 'NEWEST', 8).
      queryClient.prefetchInfiniteQuery(catalogQueries.products({}, 'NEWEST', 8)),
    ]),
  head: ({ site, origin }) => ({ title: null, description: site.tagline ?? undefined, canonicalPath: '/', jsonLd: siteJsonLd(site, origin) }),
};
