import { SellerKind } from '@flagship/catalog';

/** Who an amount belongs to in the ledger. A seller is the brand, a vendor organisation or a member. */
export interface SellerRef {
  kind: SellerKind;
  /** Organisation id (VENDOR), account id (MEMBER), null (BRAND). */
  id: string | null;
}

/**
 * The ledger's accounts, by name. Sums over an account are its balance:
 *  - `platform:clearing`: money buyers paid in, not yet given back or paid out (negative: what it owes on);
 *  - `platform:commission`: the brand's commission and platform fees earned;
 *  - `seller:<KIND>[:<id>]`: what the platform owes a seller (the brand's own sales under `seller:BRAND`);
 *  - `held:<KIND>:<id>`: a seller's money held until a used-item sale is settled (claim window);
 *  - `royalty:<accountId>`: what a build creator is owed;
 *  - `payouts:<provider>`: money sent out to sellers' connected accounts.
 */
export const LedgerAccounts = {
  clearing: 'platform:clearing',
  commission: 'platform:commission',
  seller: (seller: SellerRef) => (seller.kind === SellerKind.BRAND ? 'seller:BRAND' : `seller:${seller.kind}:${requireId(seller)}`),
  held: (seller: SellerRef) => `held:${seller.kind}:${requireId(seller)}`,
  royalty: (accountId: string) => `royalty:${accountId}`,
  payouts: (provider: string) => `payouts:${provider}`,
} as const;

function requireId(seller: SellerRef): string {
  if (!seller.id) throw new Error(`A ${seller.kind} seller needs an id`);
  return seller.id;
}
