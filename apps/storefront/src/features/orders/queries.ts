import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { OrderStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { OrderConfirmationQuery } from './graphql/confirmation';
import { ManageOrderQuery, ManageOrdersQuery, MyOrdersQuery, OrderQuery } from './graphql/orders';

/** Every query key of the orders feature, with the request behind it. */
export const orderQueries = {
  all: ['orders'] as const,
  mine: () => queryOptions({ queryKey: [...orderQueries.all, 'mine'], queryFn: () => request(MyOrdersQuery) }),
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
  /** What the buyer reads right after placing (and paying for) an order. */
  confirmation: (id: string) => queryOptions({ queryKey: [...orderQueries.all, 'confirmation', id], queryFn: async () => (await request(OrderConfirmationQuery, { id })).order }),
  detail: (id: string) => queryOptions({ queryKey: [...orderQueries.all, 'detail', id], queryFn: () => request(OrderQuery, { id }) }),
  /** The back office's view of one order: buyer's account, refunds with who asked, history. */
  managedDetail: (id: string) => queryOptions({ queryKey: [...orderQueries.all, 'managed-detail', id], queryFn: () => request(ManageOrderQuery, { id }) }),
};
