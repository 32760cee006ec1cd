import { Listing } from './listing.entity';
import { ListingService } from './listing.service';
import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';

/** The listings feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const listingProviders: Provider[] = [ListingService];
/** Services other features or the app may inject. */
export const listingExports: Provider[] = [ListingService];
export const listingEntities: Function[] = [Listing];
export const listingMigrations: Function[] = [];
export const listingEventGroups: DomainEvents[] = [];
export { Listing, ListingStatus, ListingRevision } from './listing.entity';
export { ListingService, type NewListing } from './listing.service';
export { ListingPolicy } from './listing.policy';
