import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ProductFilterInput, ProductSort } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { CategoriesQuery, ProductQuery, ProductsQuery } from '../graphql/products';

export const PAGE_SIZE = 12;

/** Catalog pages, loaded one after another ("Show more") with the API's cursors. */
export function useProducts(filter: ProductFilterInput, sort: ProductSort, pageSize = PAGE_SIZE) {
  return useInfiniteQuery({
    queryKey: ['catalog', 'products', filter, sort, pageSize],
    queryFn: ({ pageParam }) => request(ProductsQuery, { filter, sort, first: pageSize, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.products.pageInfo.hasNextPage ? last.products.pageInfo.endCursor : null),
  });
}

export function useCategories() {
  return useQuery({ queryKey: ['catalog', 'categories'], queryFn: () => request(CategoriesQuery), staleTime: 5 * 60_000 });
}

export function useProduct(slug: string) {
  return useQuery({ queryKey: ['catalog', 'product', slug], queryFn: () => request(ProductQuery, { slug }) });
}
