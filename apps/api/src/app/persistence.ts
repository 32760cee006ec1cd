import { accountsEntities, accountsMigrations } from '@flagship/accounts';
import { brandEntities, brandMigrations } from '@flagship/brand';
import { cartEntities, cartMigrations } from '@flagship/cart';
import { catalogEntities, catalogMigrations } from '@flagship/catalog';
import { communityEntities, communityMigrations } from '@flagship/community';
import { marketplaceEntities, marketplaceMigrations } from '@flagship/marketplace';
import { eventsEntities, eventsMigrations } from '@flagship/events';
import { mediaEntities, mediaMigrations } from '@flagship/media';
import { ordersEntities, ordersMigrations } from '@flagship/orders';
import { paymentsEntities, paymentsMigrations } from '@flagship/payments';
import { rateLimitsEntities, rateLimitsMigrations } from '@flagship/rate-limits';
import { reviewsEntities, reviewsMigrations } from '@flagship/reviews';

/** Every domain's tables. A new domain adds its entities and migrations here. */
export const platformEntities = [...accountsEntities, ...brandEntities, ...catalogEntities, ...eventsEntities, ...cartEntities, ...paymentsEntities, ...ordersEntities, ...reviewsEntities, ...rateLimitsEntities, ...mediaEntities, ...communityEntities, ...marketplaceEntities];
export const platformMigrations = [...accountsMigrations, ...brandMigrations, ...catalogMigrations, ...eventsMigrations, ...cartMigrations, ...paymentsMigrations, ...ordersMigrations, ...reviewsMigrations, ...rateLimitsMigrations, ...mediaMigrations, ...communityMigrations, ...marketplaceMigrations];
