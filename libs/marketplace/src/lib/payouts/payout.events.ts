import { defineEvents, z } from '@flagship/events';
import { SellerKind } from '@flagship/catalog';

/** Money sent to sellers' connected accounts and taken back (decision 0041). */
export const PayoutEvents = defineEvents('payout', {
  sent: {
    name: 'payout.sent',
    version: 1,
    recordedWhen: 'an order part’s net reaches its seller’s connected account (a transfer, or its test-mode record), with the ledger’s PAYOUT',
    actor: 'platform',
    subject: 'payout',
    amount: 'what was sent',
    payload: {
      orderPartId: z.uuid(),
      sellerKind: z.enum(SellerKind),
      sellerId: z.uuid(),
      provider: z.string(),
      testMode: z.boolean(),
      providerTransferId: z.string(),
    },
  },
  reversed: {
    name: 'payout.reversed',
    version: 1,
    recordedWhen: 'part of a payout is taken back from the seller’s connected account after a refund (a transfer reversal), with the ledger’s PAYOUT_REVERSAL',
    actor: 'platform',
    subject: 'payout',
    amount: 'what was taken back',
    payload: { orderPartId: z.uuid(), sellerKind: z.enum(SellerKind), sellerId: z.uuid(), providerReversalId: z.string() },
  },
});
