import { Role, anyOf, definePolicy, holdsRole, isAccount } from '@flagship/api-core';
import type { Order } from './order.entity';

/**
 * Who may do what to an order. Someone else's order does not exist for you: refusals are NOT_FOUND,
 * so an order id reveals nothing. (Vendors will reach their part of an order through `memberOf`.)
 */
export const OrderPolicy = definePolicy('order', {
  noun: 'Order',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(isAccount((order: Pick<Order, 'accountId'>) => order.accountId, 'its buyer'), holdsRole(Role.BRAND_MANAGER)),
    /** Paying is the buyer's alone: only they receive the payment's client secret. */
    pay: isAccount((order: Pick<Order, 'accountId'>) => order.accountId, 'its buyer'),
    fulfil: holdsRole(Role.BRAND_MANAGER),
    refund: holdsRole(Role.BRAND_MANAGER),
    /** Every buyer's orders (the back office's Orders page), and finding them by the buyer's email. */
    list_all: holdsRole(Role.BRAND_MANAGER),
    /** The buyer's account, with their email (the back office's order page). The buyer sees `me`. */
    read_buyer_account: holdsRole(Role.BRAND_MANAGER),
    /** Who did what to the order and when: its event history, and which brand manager asked for each refund. */
    read_history: holdsRole(Role.BRAND_MANAGER),
  },
});
