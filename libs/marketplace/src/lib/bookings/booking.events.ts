import { defineEvents, z } from '@flagship/events';

/** What happens to bookings of vendors' services (decision 0039). */
export const BookingEvents = defineEvents('booking', {
  held: {
    name: 'booking.held',
    version: 1,
    recordedWhen: 'a rider holds seats in a slot of a service (the booking goes into the cart, unpaid)',
    actor: 'buyer',
    subject: 'booking',
    payload: { slotId: z.uuid(), productId: z.uuid(), vendorId: z.uuid(), seats: z.number().int().positive() },
  },
  expired: {
    name: 'booking.expired',
    version: 1,
    recordedWhen: 'an unpaid hold lapses (the hold-expiry job, a new hold on the slot, or its order cancelled) and its seats go back to the slot',
    actor: 'platform',
    subject: 'booking',
    payload: { slotId: z.uuid(), seats: z.number().int().positive() },
  },
  made: {
    name: 'booking.made',
    version: 1,
    recordedWhen: 'the order paying for a held booking is paid: the booking waits for the vendor to confirm',
    actor: 'buyer',
    subject: 'booking',
    amount: 'what the buyer paid for the booking',
    payload: { orderId: z.uuid(), vendorId: z.uuid(), productId: z.uuid() },
  },
  confirmed: {
    name: 'booking.confirmed',
    version: 1,
    recordedWhen: 'the vendor confirms a paid booking',
    actor: 'vendor staff',
    subject: 'booking',
    payload: { vendorId: z.uuid() },
  },
  completed: {
    name: 'booking.completed',
    version: 1,
    recordedWhen: 'the vendor marks a booking completed after it started (its order part is fulfilled)',
    actor: 'vendor staff',
    subject: 'booking',
    payload: { vendorId: z.uuid(), orderPartId: z.uuid().nullable() },
  },
  cancelled: {
    name: 'booking.cancelled',
    version: 1,
    recordedWhen: 'the buyer (outside the no-refund window) or the vendor cancels a booking; its seats go back to the slot and what was paid is refunded',
    actor: 'buyer or vendor staff',
    subject: 'booking',
    amount: 'refunded amount (0 for an unpaid hold)',
    payload: { by: z.enum(['BUYER', 'VENDOR']), reason: z.string().max(500), vendorId: z.uuid() },
  },
  reviewed: {
    name: 'booking.reviewed',
    version: 1,
    recordedWhen: 'the buyer or the vendor reviews a completed booking (double-blind: shown to the other side later)',
    actor: 'buyer or vendor staff',
    subject: 'booking',
    payload: { side: z.enum(['BUYER', 'VENDOR']), rating: z.number().int().min(1).max(5) },
  },
});
