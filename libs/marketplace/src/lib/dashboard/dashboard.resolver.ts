import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, type Viewer } from '@flagship/api-core';
import { DashboardPeriod } from './dashboard-period';
import { DashboardPolicy } from './dashboard.policy';
import { MarketplaceSummary, VendorDashboard } from './dashboard.types';
import { MarketplaceSummaryService } from './marketplace-summary.service';
import { VendorDashboardService } from './vendor-dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(
    private readonly vendorDashboards: VendorDashboardService,
    private readonly summaries: MarketplaceSummaryService,
  ) {}

  @Authenticated()
  @Guards(DashboardPolicy, 'vendor')
  @Query(() => VendorDashboard, { description: 'A vendor’s figures for the period: its own people and brand managers; NOT_FOUND for anyone else.' })
  vendorDashboard(
    @CurrentViewer() viewer: Viewer,
    @IdArg('vendorId') vendorId: string,
    @Args('period', { type: () => DashboardPeriod, defaultValue: DashboardPeriod.LAST_30_DAYS }) period: DashboardPeriod,
  ): Promise<VendorDashboard> {
    return this.vendorDashboards.dashboard(viewer, vendorId, period);
  }

  @Authenticated()
  @Guards(DashboardPolicy, 'summary')
  @Query(() => MarketplaceSummary, { description: 'The marketplace’s commission, sales and vendors for the period: brand managers only.' })
  brandMarketplaceSummary(
    @CurrentViewer() viewer: Viewer,
    @Args('period', { type: () => DashboardPeriod, defaultValue: DashboardPeriod.LAST_30_DAYS }) period: DashboardPeriod,
  ): Promise<MarketplaceSummary> {
    return this.summaries.summary(viewer, period);
  }
}
