import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { OrderStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ManageOrderQuery, ManageOrdersQuery } from './graphql/manage-orders';
import { orderQueries } from './queries';

/**
 * The back office's query keys of the orders feature, under `orderQueries.all`. Apart from queries.ts
 * so that the buyers' pages, which import that one, never load the manager's documents (decision 0025).
 */
export const managedOrderQueries = {
  /**
   * Every buyer's orders, for brand managers, newest first, a page at a time ("Show more"). Null
   * status: all of them; `search`: an order number or a buyer's email.
   */
  managed: (status: OrderStatus | null, search: string) =>
    infiniteQueryOptions({
      queryKey: [...orderQueries.all, 'managed', { status, search }],
      queryFn: ({ pageParam }) => request(ManageOrdersQuery, { status, search: search || null, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => (last.manageOrders.pageInfo.hasNextPage ? last.manageOrders.pageInfo.endCursor : null),
    }),
  /** The back office's view of one order: buyer's account, refunds with who asked, history. */
  managedDetail: (id: string) => queryOptions({ queryKey: [...orderQueries.all, 'managed-detail', id], queryFn: () => request(ManageOrderQuery, { id }) }),
};
