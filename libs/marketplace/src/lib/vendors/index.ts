import { Vendor } from './vendor.entity';
import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';

/** The vendors feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const vendorProviders: Provider[] = [];
/** Services other features or the app may inject. */
export const vendorExports: Provider[] = [];
export const vendorEntities: Function[] = [Vendor];
export const vendorMigrations: Function[] = [];
export const vendorEventGroups: DomainEvents[] = [];
export { Vendor, VendorStatus } from './vendor.entity';
