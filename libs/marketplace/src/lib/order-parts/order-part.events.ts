import { defineEvents, z } from '@flagship/events';
import { SellerKind } from '@flagship/catalog';

/** What happens to one seller's part of an order (decision 0036). The commission is in the payload, never shown to buyers. */
export const OrderPartEvents = defineEvents('order_part', {
  placed: {
    name: 'order_part.placed',
    version: 1,
    recordedWhen: 'an order is placed and split: one per seller, with the commission fixed on it',
    actor: 'buyer',
    subject: 'order_part',
    amount: 'what the buyer pays for the part (its goods and its share of shipping and tax)',
    payload: {
      orderId: z.uuid(),
      sellerKind: z.enum(SellerKind),
      sellerId: z.uuid().nullable(),
      commissionMinor: z.number().int(),
      offerKinds: z.array(z.string()),
    },
  },
  fulfilled: {
    name: 'order_part.fulfilled',
    version: 1,
    recordedWhen: 'the seller marks a paid part fulfilled (goods sent; a booking completed)',
    actor: 'seller',
    subject: 'order_part',
    payload: { orderId: z.uuid(), sellerKind: z.enum(SellerKind), sellerId: z.uuid().nullable() },
  },
  refunded: {
    name: 'order_part.refunded',
    version: 1,
    recordedWhen: 'a refund of the part succeeds, with its ledger reversal, in the transaction that records the refund',
    actor: 'seller / manager / platform',
    subject: 'order_part',
    amount: 'the amount refunded on this part',
    payload: {
      orderId: z.uuid(),
      sellerKind: z.enum(SellerKind),
      sellerId: z.uuid().nullable(),
      commissionReversedMinor: z.number().int(),
      refundKey: z.string(),
      full: z.boolean(),
      reason: z.string().max(500),
    },
  },
  cancelled: {
    name: 'order_part.cancelled',
    version: 1,
    recordedWhen: 'the seller cancelled a paid part before fulfilling it and its full refund succeeded',
    actor: 'seller',
    subject: 'order_part',
    amount: 'the amount refunded with the cancellation',
    payload: { orderId: z.uuid(), sellerKind: z.enum(SellerKind), sellerId: z.uuid().nullable(), reason: z.string().max(500) },
  },
});
