import { defineEvents, z } from '@flagship/events';

/**
 * A vendor's customers as the platform brings them (a scorecard input: value to third parties). Recorded
 * in the transaction that pays the order (a reaction to `order.paid`).
 */
export const VendorCustomerEvents = defineEvents('vendor_customer', {
  gained: {
    name: 'vendor_customer.gained',
    version: 1,
    recordedWhen: 'a buyer pays for their first order part from a vendor (reaction to `order.paid`); once per buyer and vendor',
    actor: 'buyer',
    subject: 'organisation',
    payload: { firstOrderPartId: z.uuid(), orderId: z.uuid() },
  },
});
