import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { OrderConfirmationQuery } from './graphql/confirmation';
import { MyOrdersQuery, OrderQuery } from './graphql/orders';

/**
 * The buyers' query keys of the orders feature, with the request behind each; the back office's are
 * in manage-queries.ts, under the same root key (`all`), so that one invalidation reaches both.
 */
export const orderQueries = {
  all: ['orders'] as const,
  mine: () => queryOptions({ queryKey: [...orderQueries.all, 'mine'], queryFn: () => request(MyOrdersQuery) }),
  /** What the buyer reads right after placing (and paying for) an order. */
  confirmation: (id: string) => queryOptions({ queryKey: [...orderQueries.all, 'confirmation', id], queryFn: async () => (await request(OrderConfirmationQuery, { id })).order }),
  detail: (id: string) => queryOptions({ queryKey: [...orderQueries.all, 'detail', id], queryFn: () => request(OrderQuery, { id }) }),
};
