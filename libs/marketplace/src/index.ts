export { MarketplaceModule } from './lib/marketplace.module';
export { MarketplaceEventGroups } from './lib/marketplace.events';
export * from './lib/settings';
export * from './lib/ledger';
export * from './lib/order-parts';
export * from './lib/vendors';
export * from './lib/listings';
export * from './lib/bookings';
export * from './lib/payouts';
export * from './lib/resale';
export * from './lib/dashboard';

import { bookingEntities, bookingMigrations } from './lib/bookings';
import { dashboardEntities, dashboardMigrations } from './lib/dashboard';
import { ledgerEntities } from './lib/ledger';
import { listingEntities, listingMigrations } from './lib/listings';
import { orderPartEntities, orderPartMigrations } from './lib/order-parts';
import { payoutEntities, payoutMigrations } from './lib/payouts';
import { resaleEntities, resaleMigrations } from './lib/resale';
import { settingsEntities } from './lib/settings';
import { vendorEntities, vendorMigrations } from './lib/vendors';
import { CreateMarketplace1765100000300 } from './migrations/1765100000300-create-marketplace';

export const marketplaceEntities = [
  ...settingsEntities,
  ...ledgerEntities,
  ...orderPartEntities,
  ...vendorEntities,
  ...listingEntities,
  ...bookingEntities,
  ...payoutEntities,
  ...resaleEntities,
  ...dashboardEntities,
];
export const marketplaceMigrations = [
  CreateMarketplace1765100000300,
  ...orderPartMigrations,
  ...vendorMigrations,
  ...listingMigrations,
  ...bookingMigrations,
  ...payoutMigrations,
  ...resaleMigrations,
  ...dashboardMigrations,
];
