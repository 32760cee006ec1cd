import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';
import { CreateBookings1765100003000 } from '../../migrations/1765100003000-create-bookings';
import { BookingCheckoutService } from './booking-checkout.service';
import { BookingHoldExpiryJob } from './booking-hold-expiry.job';
import { BookingLoaders } from './booking.loaders';
import { BookingReactions } from './booking.reactions';
import { BookingResolver, CartItemBookingResolver, VendorServiceRatingResolver } from './booking.resolver';
import { BookingReview } from './booking-review.entity';
import { BookingReviewService } from './booking-review.service';
import { Booking } from './booking.entity';
import { BookingEvents } from './booking.events';
import { BookingService } from './booking.service';
import { ServiceOffer } from './service-offer.entity';
import { ServiceOfferResolver, ServiceSlotResolver } from './service-offer.resolver';
import { ServiceOfferService } from './service-offer.service';
import { ServiceSlot } from './service-slot.entity';

/** The bookings feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const bookingProviders: Provider[] = [
  ServiceOfferService,
  BookingService,
  BookingCheckoutService,
  BookingReviewService,
  BookingLoaders,
  BookingReactions,
  BookingHoldExpiryJob,
  ServiceOfferResolver,
  ServiceSlotResolver,
  BookingResolver,
  VendorServiceRatingResolver,
  CartItemBookingResolver,
];
/** Services other features or the app may inject. */
export const bookingExports: Provider[] = [ServiceOfferService, BookingService, BookingReviewService, BookingHoldExpiryJob];
export const bookingEntities: Function[] = [ServiceOffer, ServiceSlot, Booking, BookingReview];
export const bookingMigrations: Function[] = [CreateBookings1765100003000];
export const bookingEventGroups: DomainEvents[] = [BookingEvents];
export { ServiceOffer, ServiceMode } from './service-offer.entity';
export { ServiceSlot } from './service-slot.entity';
export { Booking, BookingStatus } from './booking.entity';
export { BookingReview, ReviewSide } from './booking-review.entity';
export { BookingEvents, ServiceOfferService, BookingService, BookingReviewService, BookingHoldExpiryJob };
export { BookingPolicy, VendorServicePolicy } from './booking.policy';
export { EXPIRE_BOOKING_HOLDS_JOB } from './booking-hold-expiry.job';
export { BookingCheckoutService, SLOT_TAKEN_AFTER_HOLD } from './booking-checkout.service';
export { isTimeZone, type NewServiceListing } from './service-offer.service';
