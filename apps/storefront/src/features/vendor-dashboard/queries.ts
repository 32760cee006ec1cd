import { queryOptions } from '@tanstack/react-query';
import type { DashboardPeriod } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { MarketplaceSummaryQuery, VendorDashboardQuery } from './graphql/dashboard';

/** The marketplace's figures: a vendor's dashboard and the brand manager's summary, per period. */
export const vendorDashboardQueries = {
  all: ['vendor-dashboard'] as const,
  dashboard: (vendorId: string, period: DashboardPeriod) =>
    queryOptions({ queryKey: [...vendorDashboardQueries.all, 'vendor', vendorId, period], queryFn: () => request(VendorDashboardQuery, { vendorId, period }) }),
  summary: (period: DashboardPeriod) =>
    queryOptions({ queryKey: [...vendorDashboardQueries.all, 'summary', period], queryFn: () => request(MarketplaceSummaryQuery, { period }) }),
};
