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
});
