import { Role, anyOf, definePolicy, everyone, holdsRole, resourceIs } from '@flagship/api-core';
import { ProductStatus, type Product } from './product.entity';

/** Published, and its seller not suspended (decision 0035: `seller_hidden`, kept by the marketplace). */
const published = resourceIs(
  (product: Pick<Product, 'status' | 'sellerHidden'>) => product.status === ProductStatus.PUBLISHED && !product.sellerHidden,
  'a published product',
);

/**
 * Who may see, buy and manage products. A product that is not published does not exist for shoppers
 * (NOT_FOUND), whichever path leads to it. Every service that changes a product authorises `manage` on
 * it (a new one: on the product about to be created), so `manage` may gain a resource condition (say
 * `memberOf((p) => p.vendorId)`) and every path follows. `list_all` is the back office's whole
 * catalog, any state: it needs only the viewer, so the guard checks it on `manageProducts`.
 */
export const ProductPolicy = definePolicy('product', {
  noun: 'Product',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(published, holdsRole(Role.BRAND_MANAGER)),
    /** Pages of published products, filtered by category or by seller (a vendor's or member's id): anyone. */
    browse: everyone,
    /** Into a cart: published products only, whoever asks (checkout's stock reservation checks it again, atomically). */
    buy: published,
    manage: holdsRole(Role.BRAND_MANAGER),
    list_all: holdsRole(Role.BRAND_MANAGER),
  },
});
