import { queryOptions } from '@tanstack/react-query';
import type { SellerKind } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { PayoutDashboardQuery } from './graphql/payouts';

/** Every query key of the payouts feature, with the request behind it. */
export const payoutQueries = {
  all: ['payouts'] as const,
  /** A seller's payout set-up, balance and payouts (one request). */
  dashboard: (kind: SellerKind, id: string) =>
    queryOptions({ queryKey: [...payoutQueries.all, 'dashboard', kind, id], queryFn: () => request(PayoutDashboardQuery, { kind, id }) }),
};
