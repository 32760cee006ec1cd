import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';

/** The bookings feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const bookingProviders: Provider[] = [];
/** Services other features or the app may inject. */
export const bookingExports: Provider[] = [];
export const bookingEntities: Function[] = [];
export const bookingMigrations: Function[] = [];
export const bookingEventGroups: DomainEvents[] = [];
