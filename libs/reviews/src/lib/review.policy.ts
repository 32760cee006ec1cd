import { Role, anyOf, definePolicy, holdsRole, isAccount, resourceIs } from '@flagship/api-core';
import { ProductStatus, type Product } from '@flagship/catalog';
import type { Review } from './review.entity';

/**
 * A single review by id is its author's and brand managers' (it may be under moderation later);
 * others get NOT_FOUND. The list on a product follows the product's own visibility (`ProductPolicy.read`).
 */
export const ReviewPolicy = definePolicy('review', {
  noun: 'Review',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(isAccount((review: Pick<Review, 'accountId'>) => review.accountId, 'its author'), holdsRole(Role.BRAND_MANAGER)),
    /** Posting a review of a product (the resource is the product): signed-in members, of a product on sale. */
    post: resourceIs((product: Pick<Product, 'status'>) => product.status === ProductStatus.PUBLISHED, 'a published product'),
  },
});
