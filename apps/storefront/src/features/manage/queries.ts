import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ProductStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { EditProductQuery, ManageCategoriesQuery, ManageProductsQuery } from './graphql/products';
import { ShopSettingsQuery } from './graphql/settings';

/** Every query key of the brand manager's catalog and settings pages, with the request behind it. */
export const manageQueries = {
  all: ['manage'] as const,
  /** Every product in any state (or one), by name, a page at a time ("Show more"); `search`: words in the name. */
  products: (status: ProductStatus | null, search: string) =>
    infiniteQueryOptions({
      queryKey: [...manageQueries.all, 'products', { status, search }],
      queryFn: ({ pageParam }) => request(ManageProductsQuery, { status, search: search || null, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => (last.manageProducts.pageInfo.hasNextPage ? last.manageProducts.pageInfo.endCursor : null),
    }),
  product: (slug: string) => queryOptions({ queryKey: [...manageQueries.all, 'product', slug], queryFn: () => request(EditProductQuery, { slug }) }),
  categories: () => queryOptions({ queryKey: [...manageQueries.all, 'categories'], queryFn: () => request(ManageCategoriesQuery), staleTime: 5 * 60_000 }),
  settings: () => queryOptions({ queryKey: [...manageQueries.all, 'settings'], queryFn: () => request(ShopSettingsQuery) }),
};
