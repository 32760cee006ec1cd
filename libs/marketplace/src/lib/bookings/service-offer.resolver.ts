import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Loaders, Public, UuidArgPipe, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { Product } from '@flagship/catalog';
import { Vendor } from '../vendors/vendor.entity';
import { VendorServicePolicy } from './booking.policy';
import { BookingLoaders } from './booking.loaders';
import { AddServiceSlotsInput, CreateServiceListingInput, UpdateServiceOfferInput } from './dto/booking.inputs';
import { ServiceOffer } from './service-offer.entity';
import { ServiceOfferService } from './service-offer.service';
import { ServiceSlot } from './service-slot.entity';

/** Vendors' bookable services and their slots. Thin: the rules are ServiceOfferService's. */
@Resolver(() => ServiceOffer)
export class ServiceOfferResolver {
  constructor(
    private readonly offers: ServiceOfferService,
    private readonly loaders: BookingLoaders,
  ) {}

  @Public()
  @Guards(VendorServicePolicy, 'browse')
  @Query(() => [ServiceOffer], { description: 'Published services (approved listings of active vendors), newest first; optionally one vendor’s.' })
  services(@Args('vendorId', { type: () => ID, nullable: true }, new UuidArgPipe()) vendorId?: string | null): Promise<ServiceOffer[]> {
    return this.offers.published(vendorId);
  }

  @Public()
  @Query(() => ServiceOffer, { description: 'A service by its product’s slug (NOT_FOUND unless published, or for its vendor).' })
  service(@CurrentViewer() viewer: Viewer | undefined, @Args('slug', { type: () => String }) slug: string): Promise<ServiceOffer> {
    return this.offers.bySlug(viewer, slug);
  }

  @Authenticated()
  @Guards(VendorServicePolicy, 'manage')
  @Query(() => [ServiceOffer], { description: 'A vendor’s services in any review state (its people only).' })
  vendorServices(@CurrentViewer() viewer: Viewer, @IdArg('vendorId') vendorId: string): Promise<ServiceOffer[]> {
    return this.offers.ofVendor(viewer, vendorId);
  }

  @Authenticated()
  @Guards(VendorServicePolicy, 'manage')
  @Mutation(() => ServiceOffer, { description: 'List a bookable service: a SERVICE product waiting for a brand manager’s review.' })
  createServiceListing(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateServiceListingInput): Promise<ServiceOffer> {
    const { vendorId, ...listing } = input;
    return this.offers.createServiceListing(viewer, vendorId, listing);
  }

  @Authenticated()
  @Guards(VendorServicePolicy, 'manage')
  @Mutation(() => ServiceOffer, { description: 'Change how a service runs (duration, seats of new slots, mode, link or location, time zone).' })
  updateServiceOffer(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateServiceOfferInput): Promise<ServiceOffer> {
    const { productId, ...changes } = input;
    return this.offers.updateServiceOffer(viewer, productId, changes);
  }

  @Authenticated()
  @Guards(VendorServicePolicy, 'manage')
  @Mutation(() => [ServiceSlot], { description: 'Open slots of a service: future, well-formed and not overlapping (all or none).' })
  addServiceSlots(@CurrentViewer() viewer: Viewer, @Args('input') input: AddServiceSlotsInput): Promise<ServiceSlot[]> {
    return this.offers.addServiceSlots(viewer, input.productId, input.slots);
  }

  @Authenticated()
  @Guards(VendorServicePolicy, 'manage')
  @Mutation(() => Boolean, { description: 'Remove a slot nobody holds or booked (SLOT_BOOKED otherwise).' })
  removeServiceSlot(@CurrentViewer() viewer: Viewer, @IdArg('slotId') slotId: string): Promise<boolean> {
    return this.offers.removeServiceSlot(viewer, slotId);
  }

  @ResolveField(() => Product, { nullable: true })
  product(@Parent() offer: ServiceOffer, @Loaders() loaders: RequestLoaders): Promise<Product | null> {
    return this.loaders.product(loaders, offer.productId);
  }

  @ResolveField(() => Vendor, { nullable: true })
  vendor(@Parent() offer: ServiceOffer, @Loaders() loaders: RequestLoaders): Promise<Vendor | null> {
    return this.loaders.vendor(loaders, offer.vendorId);
  }

  @ResolveField(() => [ServiceSlot], { description: 'Bookable times from `from` (default now) until `to`.' })
  slots(@Parent() offer: ServiceOffer, @Args('from', { type: () => Date, nullable: true }) from?: Date, @Args('to', { type: () => Date, nullable: true }) to?: Date): Promise<ServiceSlot[]> {
    return this.offers.openSlots(offer.productId, from, to);
  }

  @ResolveField(() => [ServiceSlot], { description: 'Every future slot, booked or not: its vendor’s people only (NOT_FOUND otherwise).' })
  vendorSlots(@Parent() offer: ServiceOffer, @CurrentViewer() viewer: Viewer | undefined): Promise<ServiceSlot[]> {
    if (!viewer || !VendorServicePolicy.can(viewer, 'manage', offer)) return Promise.resolve([]);
    return this.offers.vendorSlots(viewer, offer.productId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The meeting link: for its vendor’s people only (buyers read it on their paid booking).' })
  meetingUrl(@Parent() offer: ServiceOffer, @CurrentViewer() viewer: Viewer | undefined): string | null {
    return VendorServicePolicy.can(viewer, 'manage', offer) ? offer.meetingUrl : null;
  }
}

@Resolver(() => ServiceSlot)
export class ServiceSlotResolver {
  @ResolveField(() => Int)
  seatsLeft(@Parent() slot: ServiceSlot): number {
    return Math.max(0, slot.capacity - slot.seatsTaken);
  }
}
