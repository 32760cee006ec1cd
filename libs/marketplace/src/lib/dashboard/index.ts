import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';

/** The dashboard feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const dashboardProviders: Provider[] = [];
/** Services other features or the app may inject. */
export const dashboardExports: Provider[] = [];
export const dashboardEntities: Function[] = [];
export const dashboardMigrations: Function[] = [];
export const dashboardEventGroups: DomainEvents[] = [];
