import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@flagship/api-core';
import { Product, ProductService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { MarketplaceSettings } from '../settings/marketplace-settings.entity';
import { MarketplaceSettingsService } from '../settings/marketplace-settings.service';
import { Vendor } from '../vendors/vendor.entity';
import { BookingReviewService, type ServiceRating } from './booking-review.service';
import { Booking } from './booking.entity';
import { BookingService } from './booking.service';
import { ServiceOffer } from './service-offer.entity';
import { ServiceOfferService } from './service-offer.service';

/** The bookings feature's per-request loaders: one statement per relation per request. */
@Injectable()
export class BookingLoaders {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly products: ProductService,
    private readonly offers: ServiceOfferService,
    private readonly bookings: BookingService,
    private readonly reviewService: BookingReviewService,
    private readonly settingsService: MarketplaceSettingsService,
  ) {}

  product(loaders: RequestLoaders, id: string): Promise<Product | null> {
    return loaders
      .get<string, Product | null>('bookings.product', async (ids) => {
        const rows = await this.products.findByIds(ids);
        return ids.map((key) => rows.find((row) => row.id === key) ?? null);
      })
      .load(id);
  }

  offer(loaders: RequestLoaders, productId: string): Promise<ServiceOffer | null> {
    return loaders.get<string, ServiceOffer | null>('bookings.offer', (ids) => this.offers.offersByProduct(ids)).load(productId);
  }

  booking(loaders: RequestLoaders, id: string): Promise<Booking | null> {
    return loaders.get<string, Booking | null>('bookings.booking', (ids) => this.bookings.byIds(ids)).load(id);
  }

  vendor(loaders: RequestLoaders, id: string): Promise<Vendor | null> {
    return loaders
      .get<string, Vendor | null>('bookings.vendor', async (ids) => {
        const rows = await this.connection.getRepository(Vendor).findBy({ id: In([...ids]) });
        return ids.map((key) => rows.find((row) => row.id === key) ?? null);
      })
      .load(id);
  }

  rating(loaders: RequestLoaders, vendorId: string): Promise<ServiceRating> {
    return loaders.get<string, ServiceRating>('bookings.rating', (ids) => this.reviewService.ratings(ids)).load(vendorId);
  }

  /** A booking's reviews, each with whether the other side may read it yet. */
  reviews(loaders: RequestLoaders, bookingId: string) {
    return loaders.get<string, Awaited<ReturnType<BookingReviewService['ofBookings']>>[number]>('bookings.reviews', (ids) => this.reviewService.ofBookings(ids)).load(bookingId);
  }

  /** The marketplace settings, read once per request. */
  settings(loaders: RequestLoaders): Promise<MarketplaceSettings> {
    return loaders.get<number, MarketplaceSettings>('bookings.settings', async (keys) => {
      const settings = await this.settingsService.get();
      return keys.map(() => settings);
    }).load(1);
  }

  displayName(loaders: RequestLoaders, accountId: string): Promise<string> {
    return loaders
      .get<string, string>('bookings.displayName', async (ids) => {
        const rows: { id: string; display_name: string }[] = await this.connection.manager.query(`SELECT id, display_name FROM account WHERE id = ANY($1::uuid[])`, [[...ids]]);
        return ids.map((key) => rows.find((row) => row.id === key)?.display_name ?? 'A rider');
      })
      .load(accountId);
  }
}
