/** Events the orders domain records in the platform event log (see docs/events.md). */
export const OrderEvents = {
  placed: 'order.placed',
  paid: 'order.paid',
  fulfilled: 'order.fulfilled',
  cancelled: 'order.cancelled',
  refunded: 'order.refunded',
} as const;
