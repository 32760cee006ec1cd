import { defineEvents, z } from '@flagship/events';

/**
 * Events the payments domain records in the platform event log (docs/events.md is tested against
 * these). They are how payments announces money moving without knowing who sells: the orders domain
 * reacts to them in the same transaction (marks the order paid, records its refund).
 */
export const PaymentEvents = defineEvents('payment', {
  succeeded: {
    name: 'payment.succeeded',
    version: 1,
    recordedWhen: 'a payment settles at its provider (the offline provider at once, Stripe by webhook), once per payment',
    actor: 'platform',
    subject: 'payment',
    amount: 'amount paid',
    payload: { orderId: z.uuid(), provider: z.enum(['stripe', 'offline-test']), testMode: z.boolean() },
  },
  refunded: {
    name: 'payment.refunded',
    version: 1,
    recordedWhen: 'a refund succeeds at the provider (with the refund marked SUCCEEDED, also when the retry job completes it)',
    actor: 'manager / platform',
    subject: 'refund',
    amount: 'refunded amount',
    payload: { orderId: z.uuid(), paymentId: z.uuid(), reason: z.string().max(500) },
  },
  connected_account_updated: {
    name: 'payment.connected_account_updated',
    version: 1,
    recordedWhen: 'the provider reports a change to a seller’s connected account (Stripe Connect `account.updated`), once per provider event',
    actor: 'platform',
    subject: 'connected_account',
    payload: {
      provider: z.enum(['stripe', 'offline-test']),
      providerAccountId: z.string().max(255),
      detailsSubmitted: z.boolean(),
      transfersEnabled: z.boolean(),
      payoutsEnabled: z.boolean(),
    },
  },
  transfer_reversed: {
    name: 'payment.transfer_reversed',
    version: 1,
    recordedWhen: 'the provider reports that a transfer to a connected account was reversed, in part or whole (Stripe `transfer.reversed`), once per provider event',
    actor: 'platform',
    subject: 'transfer',
    amount: 'everything reversed of the transfer so far',
    payload: {
      provider: z.enum(['stripe', 'offline-test']),
      providerTransferId: z.string().max(255),
      reversals: z.array(z.object({ providerReversalId: z.string().max(255), amountMinor: z.number().int(), reference: z.string().max(255).nullable() })),
    },
  },
});
