import { Role, anyOf, definePolicy, holdsRole, isAccount, memberOf } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import type { Listing } from './listing.entity';

/** A vendor's people (owners and staff) for a vendor's listing; the member for their own used item. */
const itsSeller = anyOf(
  memberOf((listing: Pick<Listing, 'sellerKind' | 'sellerId'>) => (listing.sellerKind === SellerKind.VENDOR ? listing.sellerId : null)),
  isAccount((listing: Pick<Listing, 'sellerKind' | 'sellerId'>) => (listing.sellerKind === SellerKind.MEMBER ? listing.sellerId : null), 'its seller'),
);

/**
 * Who may do what with a listing. What shoppers see is the product (ProductPolicy: published, seller
 * not hidden); the listing's review state is for its seller and brand managers only.
 */
export const ListingPolicy = definePolicy('listing', {
  noun: 'Listing',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** Its review state, pending revision and reasons. */
    read: anyOf(itsSeller, holdsRole(Role.BRAND_MANAGER)),
    /** Create (on the listing about to be created), edit, restock, withdraw. */
    manage: itsSeller,
    /** Approve or reject it, or its pending revision. */
    review: holdsRole(Role.BRAND_MANAGER),
  },
});
