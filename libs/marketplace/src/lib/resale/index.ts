import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';

/** The resale feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const resaleProviders: Provider[] = [];
/** Services other features or the app may inject. */
export const resaleExports: Provider[] = [];
export const resaleEntities: Function[] = [];
export const resaleMigrations: Function[] = [];
export const resaleEventGroups: DomainEvents[] = [];
