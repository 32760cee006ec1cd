import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ProductFilterInput, ProductSort } from '@/gql/graphql';
import { catalogQueries } from '../queries';

export function useProducts(filter: ProductFilterInput, sort: ProductSort, pageSize?: number, { enabled = true } = {}) {
  return useInfiniteQuery({ ...catalogQueries.products(filter, sort, pageSize), enabled });
}

export function useCategories() {
  return useQuery(catalogQueries.categories());
}

export function useProduct(slug: string) {
  return useQuery(catalogQueries.product(slug));
}
