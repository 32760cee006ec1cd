import { Injectable } from '@nestjs/common';
import { DemoBookings } from './bookings';
import { DemoListings } from './listings';
import { DemoPayouts } from './payouts';
import { DemoResale } from './resale';
import { DemoVendors } from './vendors';

/**
 * The marketplace's demo, after the shop and the community: vendors, then their listings, bookings,
 * the used-items market and payouts. Each seeder is idempotent and runs in DemoDataService's transaction.
 */
@Injectable()
export class MarketplaceDemo {
  constructor(
    private readonly vendors: DemoVendors,
    private readonly listings: DemoListings,
    private readonly bookings: DemoBookings,
    private readonly resale: DemoResale,
    private readonly payouts: DemoPayouts,
  ) {}

  async seed(): Promise<void> {
    await this.vendors.seed();
    await this.listings.seed();
    await this.bookings.seed();
    await this.resale.seed();
    await this.payouts.seed();
  }
}

export const marketplaceDemoProviders = [MarketplaceDemo, DemoVendors, DemoListings, DemoBookings, DemoResale, DemoPayouts];
