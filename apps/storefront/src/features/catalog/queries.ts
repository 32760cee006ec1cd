import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ProductFilterInput, ProductSort } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { CategoriesQuery, ProductQuery, ProductsQuery } from './graphql/products';

const PAGE_SIZE = 12;

/** Every query key of the catalog feature, with the request behind it. */
export const catalogQueries = {
  all: ['catalog'] as const,
  /** Catalog pages, loaded one after another ("Show more") with the API's cursors. */
  products: (filter: ProductFilterInput, sort: ProductSort, pageSize = PAGE_SIZE) =>
    infiniteQueryOptions({
      queryKey: [...catalogQueries.all, 'products', { filter, sort, pageSize }],
      queryFn: ({ pageParam }) => request(ProductsQuery, { filter, sort, first: pageSize, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => (last.products.pageInfo.hasNextPage ? last.products.pageInfo.endCursor : null),
    }),
  categories: () => queryOptions({ queryKey: [...catalogQueries.all, 'categories'], queryFn: () => request(CategoriesQuery), staleTime: 5 * 60_000 }),
  product: (slug: string) => queryOptions({ queryKey: [...catalogQueries.all, 'product', slug], queryFn: () => request(ProductQuery, { slug }) }),
};
