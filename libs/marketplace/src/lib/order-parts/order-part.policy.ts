import { Role, anyOf, definePolicy, holdsRole, isAccount, memberOf } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import type { OrderPart } from './order-part.entity';

type PartSeller = Pick<OrderPart, 'sellerKind' | 'sellerId'>;

/** A vendor's people (owners and staff) for a vendor's part; the member for their own used items. */
const itsSeller = anyOf(
  memberOf((part: PartSeller) => (part.sellerKind === SellerKind.VENDOR ? part.sellerId : null)),
  isAccount((part: PartSeller) => (part.sellerKind === SellerKind.MEMBER ? part.sellerId : null), 'its seller'),
);
const brandManagers = holdsRole(Role.BRAND_MANAGER);

/**
 * Who may see and act on one seller's part of an order (decision 0036). Another vendor's people get
 * NOT_FOUND: a part they cannot reach does not exist for them. Buyers see their parts through their
 * order (`Order.parts`, under `order.read`), without the earnings.
 */
export const OrderPartPolicy = definePolicy('order_part', {
  noun: 'Order part',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** Gross, commission and net, and where to ship: its seller and brand managers, never the buyer. */
    read_earnings: anyOf(itsSeller, brandManagers),
    /** Mark it fulfilled, or cancel it before that (a full refund). */
    fulfil: anyOf(itsSeller, brandManagers),
    /** Give back part or all of what the buyer paid for it. */
    refund: anyOf(itsSeller, brandManagers),
  },
});

/** A vendor's list of its order parts: its own people only. */
export const VendorOrderPartsPolicy = definePolicy('vendor_order_parts', {
  noun: 'Vendor',
  refuseAs: 'NOT_FOUND',
  rules: {
    list: memberOf((vendor: { vendorId: string }) => vendor.vendorId),
  },
});
