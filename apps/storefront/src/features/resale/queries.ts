import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { UsedItemKind } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ClaimQueueQuery, SellingQuery, StolenBikesQuery, UsedItemPageQuery, UsedMarketQuery, UsedSalesOfOrderQuery } from './graphql/resale';

/** Every query key of the resale feature, with the request behind it. */
export const resaleQueries = {
  all: ['resale'] as const,
  market: (kind: UsedItemKind | null) =>
    infiniteQueryOptions({
      queryKey: [...resaleQueries.all, 'market', kind],
      queryFn: ({ pageParam }) => request(UsedMarketQuery, { kind, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => (page.usedItems.pageInfo.hasNextPage ? page.usedItems.pageInfo.endCursor : undefined),
    }),
  item: (slug: string) => queryOptions({ queryKey: [...resaleQueries.all, 'item', slug], queryFn: () => request(UsedItemPageQuery, { slug }) }),
  selling: () => queryOptions({ queryKey: [...resaleQueries.all, 'selling'], queryFn: () => request(SellingQuery) }),
  ofOrder: (orderId: string) => queryOptions({ queryKey: [...resaleQueries.all, 'order', orderId], queryFn: () => request(UsedSalesOfOrderQuery, { orderId }) }),
  claims: (includeDecided: boolean) => queryOptions({ queryKey: [...resaleQueries.all, 'claims', includeDecided], queryFn: () => request(ClaimQueueQuery, { includeDecided }) }),
  stolen: () => queryOptions({ queryKey: [...resaleQueries.all, 'stolen'], queryFn: () => request(StolenBikesQuery) }),
};
