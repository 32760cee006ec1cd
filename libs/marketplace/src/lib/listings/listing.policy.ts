import { Role, anyOf, definePolicy, holdsRole, isAccount, memberOf } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import type { Listing } from './listing.entity';

type SellerOf = Pick<Listing, 'sellerKind' | 'sellerId'>;

/** A vendor's people (owners and staff) for a vendor's listing; the member for their own used item. */
const itsSeller = anyOf(
  memberOf((listing: SellerOf) => (listing.sellerKind === SellerKind.VENDOR ? listing.sellerId : null)),
  isAccount((listing: SellerOf) => (listing.sellerKind === SellerKind.MEMBER ? listing.sellerId : null), 'its seller'),
);

/**
 * Who may do what with a listing (decision 0038). What shoppers see is the product (ProductPolicy:
 * published, seller not hidden); the listing's review state is for its seller and brand managers only.
 * Another vendor's people are refused as NOT_FOUND: for them the listing does not exist.
 */
export const ListingPolicy = definePolicy('listing', {
  noun: 'Listing',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** Its review state, pending revision and reasons (`Product.listing`, the queue's items). */
    read: anyOf(itsSeller, holdsRole(Role.BRAND_MANAGER)),
    /** Create (on the listing about to be created), edit, restock, withdraw. */
    manage: itsSeller,
    /** A seller's list of its listings, in any state (on `{ sellerKind, sellerId }`): its own people only. */
    list: anyOf(
      memberOf((seller: SellerOf) => (seller.sellerKind === SellerKind.VENDOR ? seller.sellerId : null)),
      isAccount((seller: SellerOf) => (seller.sellerKind === SellerKind.MEMBER ? seller.sellerId : null), 'its seller'),
    ),
    /** Approve or reject it, or its pending revision; the review queue. */
    review: holdsRole(Role.BRAND_MANAGER),
  },
});
