import { defineEvents, z } from '@flagship/events';

/** Events the orders domain records in the platform event log (docs/events.md is tested against these). */
export const OrderEvents = defineEvents('order', {
  placed: {
    name: 'order.placed',
    version: 1,
    recordedWhen: 'checkout commits an order and its stock reservation',
    actor: 'buyer',
    subject: 'order',
    amount: 'order total',
    payload: { lines: z.number().int().positive(), items: z.number().int().positive() },
  },
  paid: {
    name: 'order.paid',
    version: 1,
    recordedWhen: 'the order’s payment settles (orders reacting to `payment.succeeded`)',
    actor: 'buyer',
    subject: 'order',
    amount: 'order total',
    payload: {},
  },
  paymentUnhonoured: {
    name: 'order.payment_unhonoured',
    version: 1,
    recordedWhen:
      'a payment settles for an order that can no longer be honoured (orders reacting to `payment.succeeded`: its reservation expired and the stock went to another buyer); the orders consumer `orders-unhonoured-payment-refunds` gives the money back after commit',
    actor: 'platform',
    subject: 'order',
    amount: 'amount paid',
    payload: { paymentId: z.uuid(), reason: z.string().max(500) },
  },
  fulfilled: {
    name: 'order.fulfilled',
    version: 1,
    recordedWhen: 'a brand manager marks it fulfilled',
    actor: 'manager',
    subject: 'order',
    payload: {},
  },
  cancelled: {
    name: 'order.cancelled',
    version: 1,
    recordedWhen: 'an unpaid order’s reservation expires (stock returned)',
    actor: 'platform',
    subject: 'order',
    payload: { reason: z.string().max(500) },
  },
  refunded: {
    name: 'order.refunded',
    version: 1,
    recordedWhen: 'a refund of its payment succeeds (orders reacting to `payment.refunded`): by a brand manager, or automatically for a payment that came too late',
    actor: 'manager / platform',
    subject: 'order',
    amount: 'refunded amount',
    payload: { reason: z.string().max(500), full: z.boolean() },
  },
});
