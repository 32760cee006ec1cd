import { bookingEventGroups } from './bookings';
import { dashboardEventGroups } from './dashboard';
import { listingEventGroups } from './listings';
import { orderPartEventGroups } from './order-parts';
import { payoutEventGroups } from './payouts';
import { resaleEventGroups } from './resale';
import { vendorEventGroups } from './vendors';

/** Every event group of the marketplace, for the app's event catalog; each feature declares its own in its folder. */
export const MarketplaceEventGroups = [
  ...vendorEventGroups,
  ...listingEventGroups,
  ...bookingEventGroups,
  ...orderPartEventGroups,
  ...payoutEventGroups,
  ...resaleEventGroups,
  ...dashboardEventGroups,
];
