import { defineEvents, z } from '@flagship/events';

/** Events the reviews domain records in the platform event log (docs/events.md is tested against these). */
export const ReviewEvents = defineEvents('review', {
  posted: {
    name: 'review.posted',
    version: 1,
    recordedWhen: 'a shopper rates and reviews a product',
    actor: 'author',
    subject: 'review',
    payload: { productId: z.uuid(), rating: z.number().int().min(1).max(5), verifiedPurchase: z.boolean() },
  },
});
