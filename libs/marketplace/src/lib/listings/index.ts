import { ListingReviewQueue1765100002000 } from '../../migrations/1765100002000-listing-review-queue';
import { ListingEditService } from './listing-edit.service';
import { Listing } from './listing.entity';
import { ListingEvents } from './listing.events';
import { ListingPhotoService } from './listing-photo.service';
import { ListingQueryService } from './listing-query.service';
import { ListingResolver, ProductListingFieldResolver } from './listing.resolver';
import { ListingRevisionService } from './listing-revision.service';
import { ListingService } from './listing.service';
import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';

/** The listings feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const listingProviders: Provider[] = [
  ListingService,
  ListingEditService,
  ListingRevisionService,
  ListingQueryService,
  ListingPhotoService,
  ListingResolver,
  ProductListingFieldResolver,
];
/** Services other features or the app may inject. */
export const listingExports: Provider[] = [ListingService, ListingEditService, ListingRevisionService, ListingQueryService, ListingPhotoService];
export const listingEntities: Function[] = [Listing];
export const listingMigrations: Function[] = [ListingReviewQueue1765100002000];
export const listingEventGroups: DomainEvents[] = [ListingEvents];
export { Listing, ListingStatus, ListingRevision } from './listing.entity';
export { ListingService, reviewReason, type NewListing } from './listing.service';
export { ListingEditService } from './listing-edit.service';
export { ListingRevisionService } from './listing-revision.service';
export { ListingQueryService, ListingConnection } from './listing-query.service';
export { ListingPhotoService } from './listing-photo.service';
export { ListingPolicy } from './listing.policy';
export { ListingEvents } from './listing.events';
export { CreateVendorListingInput, UpdateListingInput, ListingVariantInput, ListingSpecInput } from './dto/listing.inputs';
