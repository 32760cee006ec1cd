import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { BuildPageQuery, BuildReviewQueueQuery, ShopPartsQuery } from './graphql/builds';

/** Every query key of the builds feature, with the request behind it. */
export const buildQueries = {
  all: ['builds'] as const,
  page: (id: string) => queryOptions({ queryKey: [...buildQueries.all, 'page', id], queryFn: () => request(BuildPageQuery, { id }) }),
  shopParts: () => queryOptions({ queryKey: [...buildQueries.all, 'shop-parts'], queryFn: () => request(ShopPartsQuery), staleTime: 60_000 }),
  reviewQueue: () => queryOptions({ queryKey: [...buildQueries.all, 'review-queue'], queryFn: () => request(BuildReviewQueueQuery) }),
};
