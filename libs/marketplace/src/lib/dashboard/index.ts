import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';
import { DashboardResolver } from './dashboard.resolver';
import { MarketplaceSummaryService } from './marketplace-summary.service';
import { VendorCustomerEvents } from './vendor-customer.events';
import { VendorCustomerReactions } from './vendor-customer.reactions';
import { VendorDashboardService } from './vendor-dashboard.service';

/** The dashboard feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const dashboardProviders: Provider[] = [VendorDashboardService, MarketplaceSummaryService, DashboardResolver, VendorCustomerReactions];
/** Services other features or the app may inject. */
export const dashboardExports: Provider[] = [VendorDashboardService, MarketplaceSummaryService];
export const dashboardEntities: Function[] = [];
export const dashboardMigrations: Function[] = [];
export const dashboardEventGroups: DomainEvents[] = [VendorCustomerEvents];
export { DashboardPeriod, periodWindow } from './dashboard-period';
export { DashboardPolicy } from './dashboard.policy';
export { VendorDashboardService, MarketplaceSummaryService, VendorCustomerEvents, VendorCustomerReactions };
export { VendorDashboard, MarketplaceSummary, SalesFigures, CustomerFigures } from './dashboard.types';
