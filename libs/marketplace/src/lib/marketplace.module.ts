import { Module } from '@nestjs/common';
import { AccountsModule } from '@flagship/accounts';
import { CartModule } from '@flagship/cart';
import { CatalogModule } from '@flagship/catalog';
import { OrdersModule } from '@flagship/orders';
import { PaymentsModule } from '@flagship/payments';
import { bookingExports, bookingProviders } from './bookings';
import { dashboardExports, dashboardProviders } from './dashboard';
import { ledgerExports, ledgerProviders } from './ledger';
import { listingExports, listingProviders } from './listings';
import { orderPartExports, orderPartProviders } from './order-parts';
import { payoutExports, payoutProviders } from './payouts';
import { resaleExports, resaleProviders } from './resale';
import { settingsExports, settingsProviders } from './settings';
import { vendorExports, vendorProviders } from './vendors';

/**
 * The marketplace (crowdsourcing): curated vendors, their listings and bookable services, used items
 * resold by members, orders split per seller, the commission ledger and payouts (decisions 0035–). One
 * module; each feature is a folder whose index lists its providers.
 */
@Module({
  imports: [AccountsModule, CatalogModule, CartModule, OrdersModule, PaymentsModule],
  providers: [
    ...settingsProviders,
    ...ledgerProviders,
    ...orderPartProviders,
    ...vendorProviders,
    ...listingProviders,
    ...bookingProviders,
    ...payoutProviders,
    ...resaleProviders,
    ...dashboardProviders,
  ],
  exports: [
    ...settingsExports,
    ...ledgerExports,
    ...orderPartExports,
    ...vendorExports,
    ...listingExports,
    ...bookingExports,
    ...payoutExports,
    ...resaleExports,
    ...dashboardExports,
  ],
})
export class MarketplaceModule {}
