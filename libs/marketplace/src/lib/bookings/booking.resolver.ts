import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, ConnectionType, ManualTransactions, CurrentViewer, Guards, IdArg, Loaders, Public, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { CartItem } from '@flagship/cart';
import { Product, ProductPolicy } from '@flagship/catalog';
import { Vendor } from '../vendors/vendor.entity';
import { BookingReview, ReviewSide } from './booking-review.entity';
import { BookingReviewService } from './booking-review.service';
import { Booking, BookingStatus } from './booking.entity';
import { BookingLoaders } from './booking.loaders';
import { BookingPolicy, VendorServicePolicy } from './booking.policy';
import { BookingService } from './booking.service';
import { ReviewBookingInput, ServiceRatingSummary, VendorBookingsArgs } from './dto/booking.inputs';
import { ServiceOffer } from './service-offer.entity';

export const BookingConnection = ConnectionType(Booking, 'BookingConnection');

const PAID_STATUSES = new Set([BookingStatus.PAID, BookingStatus.CONFIRMED, BookingStatus.COMPLETED]);

/** Bookings: holds, the vendor's work on them, cancellations and reviews. Thin: the rules are the services'. */
@Resolver(() => Booking)
export class BookingResolver {
  constructor(
    private readonly bookings: BookingService,
    private readonly bookingReviews: BookingReviewService,
    private readonly loaders: BookingLoaders,
  ) {}

  @Authenticated()
  @Guards(ProductPolicy, 'buy')
  @Mutation(() => Booking, { description: 'Hold seats of a slot and put the booking in the cart (SLOT_FULL when taken). The hold lapses unpaid after the settings’ minutes.' })
  holdSlot(@CurrentViewer() viewer: Viewer, @IdArg('slotId') slotId: string, @Args('seats', { type: () => Int, defaultValue: 1 }) seats: number): Promise<Booking> {
    return this.bookings.hold(viewer, slotId, seats);
  }

  @Authenticated()
  @Guards(BookingPolicy, 'serve')
  @Mutation(() => Booking, { description: 'The vendor confirms a paid booking.' })
  confirmBooking(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Booking> {
    return this.bookings.confirm(viewer, id);
  }

  @Authenticated()
  @Guards(BookingPolicy, 'serve')
  @Mutation(() => Booking, { description: 'The vendor marks a booking completed once it started; its order part is fulfilled.' })
  completeBooking(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Booking> {
    return this.bookings.complete(viewer, id);
  }

  @Authenticated()
  @Guards(BookingPolicy, 'cancel')
  // The refund asks the payment provider, never inside a transaction: BookingService.cancel opens its own around it.
  @ManualTransactions()
  @Mutation(() => Booking, { description: 'Cancel a booking with a full refund: its buyer until the notice hours before it starts (CANCELLATION_WINDOW after), its vendor always.' })
  cancelBooking(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('reason', { type: () => String, defaultValue: '' }) reason: string): Promise<Booking> {
    return this.bookings.cancel(viewer, id, reason);
  }

  @Authenticated()
  @Guards(BookingPolicy, 'review')
  @Mutation(() => BookingReview, { description: 'Review a completed booking, once per side; the other side reads it once both wrote or after the reveal days.' })
  reviewBooking(@CurrentViewer() viewer: Viewer, @Args('input') input: ReviewBookingInput): Promise<BookingReview> {
    return this.bookingReviews.review(viewer, input.bookingId, input.rating, input.text);
  }

  @Authenticated()
  @Guards(BookingPolicy, 'read')
  @Query(() => Booking, { description: 'A booking: its buyer and its vendor’s people only (NOT_FOUND for anyone else).' })
  booking(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<Booking> {
    return this.bookings.get(viewer, id);
  }

  @Authenticated()
  @Query(() => [Booking], { description: 'The viewer’s bookings, latest start first (lapsed holds left out).' })
  myBookings(@CurrentViewer() viewer: Viewer): Promise<Booking[]> {
    return this.bookings.mine(viewer);
  }

  @Authenticated()
  @Guards(VendorServicePolicy, 'manage')
  @Query(() => BookingConnection, { description: 'A vendor’s bookings by start time (its people only).' })
  vendorBookings(@CurrentViewer() viewer: Viewer, @Args() args: VendorBookingsArgs): Promise<Connection<Booking>> {
    return this.bookings.ofVendor(viewer, args.vendorId, args);
  }

  @Public()
  @Guards(VendorServicePolicy, 'browse')
  @Query(() => [BookingReview], { description: 'Riders’ revealed reviews of a vendor’s services, newest first.' })
  vendorServiceReviews(@IdArg('vendorId') vendorId: string): Promise<BookingReview[]> {
    return this.bookingReviews.ofVendor(vendorId);
  }

  @ResolveField(() => ServiceOffer, { nullable: true })
  service(@Parent() booking: Booking, @Loaders() loaders: RequestLoaders): Promise<ServiceOffer | null> {
    return this.loaders.offer(loaders, booking.productId);
  }

  @ResolveField(() => String, { description: 'The vendor’s time zone, in which the booking’s times are shown.' })
  async timeZone(@Parent() booking: Booking, @Loaders() loaders: RequestLoaders): Promise<string> {
    return (await this.loaders.offer(loaders, booking.productId))?.timeZone ?? 'UTC';
  }

  @ResolveField(() => Product, { nullable: true })
  product(@Parent() booking: Booking, @Loaders() loaders: RequestLoaders): Promise<Product | null> {
    return this.loaders.product(loaders, booking.productId);
  }

  @ResolveField(() => Vendor, { nullable: true })
  vendor(@Parent() booking: Booking, @Loaders() loaders: RequestLoaders): Promise<Vendor | null> {
    return this.loaders.vendor(loaders, booking.vendorId);
  }

  @ResolveField(() => String, { description: 'The buyer’s display name.' })
  buyerName(@Parent() booking: Booking, @Loaders() loaders: RequestLoaders): Promise<string> {
    return this.loaders.displayName(loaders, booking.buyerId);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer is its buyer (false for the vendor’s people).' })
  viewerIsBuyer(@Parent() booking: Booking, @CurrentViewer() viewer: Viewer | undefined): boolean {
    return viewer?.accountId === booking.buyerId;
  }

  @ResolveField(() => String, { nullable: true, description: 'Online: the meeting link, once the booking is paid.' })
  async meetingUrl(@Parent() booking: Booking, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    if (!PAID_STATUSES.has(booking.status)) return null;
    return (await this.loaders.offer(loaders, booking.productId))?.meetingUrl ?? null;
  }

  @ResolveField(() => Date, { description: 'Until when its buyer may cancel it with a full refund.' })
  async refundableUntil(@Parent() booking: Booking, @Loaders() loaders: RequestLoaders): Promise<Date> {
    const { cancellationNoticeHours } = await this.loaders.settings(loaders);
    return new Date(booking.startsAt.getTime() - cancellationNoticeHours * 3_600_000);
  }

  @ResolveField(() => [BookingReview], { description: 'The viewer’s side’s review, and the other side’s once revealed.' })
  async reviews(@Parent() booking: Booking, @CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders): Promise<BookingReview[]> {
    if (booking.status !== BookingStatus.COMPLETED) return [];
    const mine = booking.buyerId === viewer.accountId ? ReviewSide.BUYER : ReviewSide.VENDOR;
    return (await this.loaders.reviews(loaders, booking.id)).filter(({ review, revealed }) => review.authorSide === mine || revealed).map(({ review }) => review);
  }
}

/** `Vendor.serviceRating`: revealed buyers' reviews of the vendor's services, batched per request. */
@Resolver(() => Vendor)
export class VendorServiceRatingResolver {
  constructor(private readonly loaders: BookingLoaders) {}

  @ResolveField(() => ServiceRatingSummary, { description: 'Riders’ average rating of its services (revealed reviews only).' })
  serviceRating(@Parent() vendor: Vendor, @Loaders() loaders: RequestLoaders): Promise<ServiceRatingSummary> {
    return this.loaders.rating(loaders, vendor.id);
  }
}

/** `CartItem.booking`: a service line's held slot, for the cart and the checkout summary. */
@Resolver(() => CartItem)
export class CartItemBookingResolver {
  constructor(private readonly loaders: BookingLoaders) {}

  @ResolveField(() => Booking, { nullable: true, description: 'For a service: the held booking this line pays for (its time, time zone and hold expiry).' })
  async booking(@Parent() item: CartItem, @CurrentViewer() viewer: Viewer | undefined, @Loaders() loaders: RequestLoaders): Promise<Booking | null> {
    if (!item.bookingId || !viewer) return null;
    const booking = await this.loaders.booking(loaders, item.bookingId);
    return booking && booking.buyerId === viewer.accountId ? booking : null;
  }
}
