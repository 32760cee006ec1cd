import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import type { OrderPartStatus } from '@/gql/graphql';
import { buyerOrderPartsQuery } from './buyer-queries';
import { ManagedOrderPartsQuery, MarketplaceSettingsQuery, VendorOrderPartsQuery } from './graphql/order-parts';

/** The order-parts feature's query keys: one root, so a refund or fulfilment refreshes every view. */
export const orderPartQueries = {
  all: ['order-parts'] as const,
  ofOrder: buyerOrderPartsQuery,
  managed: (orderId: string, version = '') => queryOptions({ queryKey: [...orderPartQueries.all, 'managed', orderId, version], queryFn: async () => (await request(ManagedOrderPartsQuery, { id: orderId })).order.parts }),
  vendor: (vendorId: string, status: OrderPartStatus | null) =>
    queryOptions({ queryKey: [...orderPartQueries.all, 'vendor', vendorId, status], queryFn: async () => (await request(VendorOrderPartsQuery, { vendorId, status })).vendorOrderParts }),
  settings: () => queryOptions({ queryKey: [...orderPartQueries.all, 'settings'], queryFn: () => request(MarketplaceSettingsQuery) }),
};
