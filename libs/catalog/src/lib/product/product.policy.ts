import { Role, anyOf, definePolicy, holdsRole, resourceIs } from '@flagship/api-core';
import { ProductStatus, type Product } from './product.entity';

const published = resourceIs((product: Pick<Product, 'status'>) => product.status === ProductStatus.PUBLISHED, 'a published product');

/**
 * Who may see, buy and manage products. A product that is not published does not exist for shoppers
 * (NOT_FOUND), whichever path leads to it. (Vendors' own products will add `memberOf` to `manage`.)
 */
export const ProductPolicy = definePolicy('product', {
  noun: 'Product',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(published, holdsRole(Role.BRAND_MANAGER)),
    /** Into a cart: published products only, whoever asks (checkout's stock reservation checks it again, atomically). */
    buy: published,
    manage: holdsRole(Role.BRAND_MANAGER),
  },
});
