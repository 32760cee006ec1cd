import { AccountEvents, OrganisationEvents } from '@flagship/accounts';
import { BrandEvents } from '@flagship/brand';
import { CatalogEvents } from '@flagship/catalog';
import { CommunityEventGroups } from '@flagship/community';
import { MarketplaceEventGroups } from '@flagship/marketplace';
import { EventCatalog } from '@flagship/events';
import { OrderEvents } from '@flagship/orders';
import { PaymentEvents } from '@flagship/payments';
import { ReviewEvents } from '@flagship/reviews';

/** Every domain's event types (docs/events.md is tested against it). A new domain adds its events here. */
export const platformEventCatalog = new EventCatalog([AccountEvents, OrganisationEvents, BrandEvents, CatalogEvents, OrderEvents, PaymentEvents, ReviewEvents, ...CommunityEventGroups, ...MarketplaceEventGroups]);
