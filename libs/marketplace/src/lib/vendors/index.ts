import type { Provider } from '@nestjs/common';
import type { DomainEvents } from '@flagship/events';
import { VendorApplications1765100001000 } from '../../migrations/1765100001000-vendor-applications';
import { VendorApplication } from './vendor-application.entity';
import { VendorApplicationService } from './vendor-application.service';
import { Vendor } from './vendor.entity';
import { VendorApplicationEvents, VendorEvents } from './vendor.events';
import { ProductVendorResolver, VendorApplicationResolver, VendorResolver } from './vendor.resolver';
import { VendorService } from './vendor.service';
import { VendorTeamService } from './vendor-team.service';

/** The vendors feature's pieces, collected by MarketplaceModule and the library's index (keep these four names). */
export const vendorProviders: Provider[] = [VendorService, VendorApplicationService, VendorTeamService, VendorResolver, VendorApplicationResolver, ProductVendorResolver];
/** Services other features or the app may inject. */
export const vendorExports: Provider[] = [VendorService, VendorApplicationService, VendorTeamService];
export const vendorEntities: Function[] = [Vendor, VendorApplication];
export const vendorMigrations: Function[] = [VendorApplications1765100001000];
export const vendorEventGroups: DomainEvents[] = [VendorApplicationEvents, VendorEvents];
export { Vendor, VendorStatus } from './vendor.entity';
export { VendorApplication, VendorApplicationStatus } from './vendor-application.entity';
export { VendorPolicy, VendorApplicationPolicy } from './vendor.policy';
export { VendorService } from './vendor.service';
export { VendorApplicationService } from './vendor-application.service';
export { VendorTeamService, type VendorTeamRow } from './vendor-team.service';
export { VendorApplicationEvents, VendorEvents } from './vendor.events';
export { ApplyAsVendorInput } from './dto/vendor.inputs';
