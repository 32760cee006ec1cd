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
});
