import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import type { OrderPartStatus } from '@/gql/graphql';
import { BuyerOrderPartsQuery, ManagedOrderPartsQuery, MarketplaceSettingsQuery, VendorOrderPartsQuery } from './graphql/order-parts';

/** The order-parts feature's query keys: one root, so a refund or fulfilment refreshes every view. */
export const orderPartQueries = {
  all: ['order-parts'] as const,
  ofOrder: (orderId: string) => queryOptions({ queryKey: [...orderPartQueries.all, 'order', orderId], queryFn: async () => (await request(BuyerOrderPartsQuery, { id: orderId })).order.parts }),
  managed: (orderId: string, version = '') => queryOptions({ queryKey: [...orderPartQueries.all, 'managed', orderId, version], queryFn: async () => (await request(ManagedOrderPartsQuery, { id: orderId })).order.parts }),
  vendor: (vendorId: string, status: OrderPartStatus | null) =>
    queryOptions({ queryKey: [...orderPartQueries.all, 'vendor', vendorId, status], queryFn: async () => (await request(VendorOrderPartsQuery, { vendorId, status })).vendorOrderParts }),
  settings: () => queryOptions({ queryKey: [...orderPartQueries.all, 'settings'], queryFn: () => request(MarketplaceSettingsQuery) }),
};
