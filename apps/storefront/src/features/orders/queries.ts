import { queryOptions } from '@tanstack/react-query';
import type { OrderStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { OrderConfirmationQuery } from './graphql/confirmation';
import { ManageOrdersQuery, MyOrdersQuery, OrderQuery } from './graphql/orders';

/** Every query key of the orders feature, with the request behind it. */
export const orderQueries = {
  all: ['orders'] as const,
  mine: () => queryOptions({ queryKey: [...orderQueries.all, 'mine'], queryFn: () => request(MyOrdersQuery) }),
  /** Every buyer's orders, for brand managers; null status: all of them. */
  managed: (status: OrderStatus | null) => queryOptions({ queryKey: [...orderQueries.all, 'managed', { status }], queryFn: () => request(ManageOrdersQuery, { status }) }),
  /** What the buyer reads right after placing (and paying for) an order. */
  confirmation: (id: string) => queryOptions({ queryKey: [...orderQueries.all, 'confirmation', id], queryFn: async () => (await request(OrderConfirmationQuery, { id })).order }),
  detail: (id: string) => queryOptions({ queryKey: [...orderQueries.all, 'detail', id], queryFn: () => request(OrderQuery, { id }) }),
};
