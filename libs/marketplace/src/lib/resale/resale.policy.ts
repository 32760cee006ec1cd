import { Role, anyOf, definePolicy, holdsRole, isAccount } from '@flagship/api-core';

/** A used item's own details beyond what shoppers see (its full serial, its sale): its seller and brand managers. */
export const UsedItemPolicy = definePolicy('used_item', {
  noun: 'Used item',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** Its full serial and listing state. */
    read: anyOf(isAccount((item: { sellerId: string }) => item.sellerId, 'its seller'), holdsRole(Role.BRAND_MANAGER)),
    /** List (as oneself), edit, withdraw. (Confirming one's age and reporting one's own stolen bike need only a signed-in member.) */
    manage: isAccount((item: { sellerId: string }) => item.sellerId, 'its seller'),
  },
});

type Sale = { sellerId: string; buyerId: string };
const itsSeller = isAccount((sale: Sale) => sale.sellerId, 'its seller');
const itsBuyer = isAccount((sale: Sale) => sale.buyerId, 'its buyer');

/** A used item's sale (its order part) and claims on it. */
export const UsedSalePolicy = definePolicy('used_sale', {
  noun: 'Sale',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(itsSeller, itsBuyer, holdsRole(Role.BRAND_MANAGER)),
    ship: itsSeller,
    deliver: anyOf(itsSeller, itsBuyer),
    /** Confirm receipt, open a claim. */
    receive: itsBuyer,
    /** Decide claims and see the queue. */
    decide: holdsRole(Role.BRAND_MANAGER),
  },
});

/** The stolen-bike list: brand managers import and read it; any signed-in member reports their own bike. */
export const StolenBikePolicy = definePolicy('stolen_bike', {
  noun: 'Stolen bike',
  refuseAs: 'FORBIDDEN',
  rules: {
    manage: holdsRole(Role.BRAND_MANAGER),
  },
});
