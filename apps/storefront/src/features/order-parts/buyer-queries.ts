import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { BuyerOrderPartsQuery } from './graphql/buyer-order-parts';

/** An order's parts as its buyer sees them; the key sits under the feature's root (`order-parts`), so refunds refresh it. */
export const buyerOrderPartsQuery = (orderId: string) =>
  queryOptions({ queryKey: ['order-parts', 'order', orderId], queryFn: async () => (await request(BuyerOrderPartsQuery, { id: orderId })).order.parts });
