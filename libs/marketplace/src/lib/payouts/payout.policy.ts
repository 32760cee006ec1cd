import { OrganisationRole, anyOf, definePolicy, isAccount, memberOf } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';

/** Whose payouts: a vendor organisation's or a reselling member's. */
export interface PayoutSeller {
  sellerKind: SellerKind;
  sellerId: string;
}

const vendorOf = (seller: PayoutSeller) => (seller.sellerKind === SellerKind.VENDOR ? seller.sellerId : null);
const memberOfSeller = (seller: PayoutSeller) => (seller.sellerKind === SellerKind.MEMBER ? seller.sellerId : null);

/**
 * Who may see and set up a seller's payouts (decision 0041). A vendor's people see its payout status,
 * payouts and balance; only its owners connect the bank account that gets the money. A member sees
 * and sets up their own. Nobody else, brand managers included (they see the ledger in the back office).
 */
export const PayoutPolicy = definePolicy('payout', {
  noun: 'Seller',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(memberOf(vendorOf), isAccount(memberOfSeller, 'the member themself')),
    onboard: anyOf(memberOf(vendorOf, [OrganisationRole.OWNER]), isAccount(memberOfSeller, 'the member themself')),
  },
});
