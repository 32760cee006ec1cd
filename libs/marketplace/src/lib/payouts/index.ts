import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';

/** The payouts feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const payoutProviders: Provider[] = [];
/** Services other features or the app may inject. */
export const payoutExports: Provider[] = [];
export const payoutEntities: Function[] = [];
export const payoutMigrations: Function[] = [];
export const payoutEventGroups: DomainEvents[] = [];
