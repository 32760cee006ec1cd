import { shopHead } from '@/features/catalog/head';
import { catalogQueries } from '@/features/catalog/queries';
import { shopProducts } from '@/features/catalog/shop-filter';
import type { PageHandle } from '@/lib/head';

export { CatalogPage as Component } from '@/features/catalog/components/CatalogPage';

/** The shop and each category's listing are rendered on the server with their first products. */
export const handle: PageHandle = {
  prefetch: ({ queryClient, searchParams, site }) =>
    Promise.all([queryClient.prefetchQuery(catalogQueries.categories()), queryClient.prefetchInfiniteQuery(shopProducts(searchParams, site.currency))]),
  head: ({ queryClient, searchParams, site }) => shopHead(queryClient.getQueryData(catalogQueries.categories().queryKey), searchParams.get('category'), site),
};
