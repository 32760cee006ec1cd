import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PostReviewInput, ProductFilterInput, ProductSort } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { PostReviewMutation } from '../graphql/products';
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

/** Posts a buyer's review; the product (its reviews, rating and whether it can be reviewed) and the lists' ratings follow. */
export function usePostReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PostReviewInput) => request(PostReviewMutation, { input }),
    onSuccess: () => client.invalidateQueries({ queryKey: catalogQueries.all }),
  });
}
