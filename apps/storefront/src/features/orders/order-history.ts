import { formatMoney, type Money } from '@/lib/money';

/** One entry of an order's history as the API gives it (`orderHistory`). */
export interface HistoryEntry {
  type: string;
  reason?: string | null;
  amount?: Money | null;
  actor?: { displayName: string } | null;
}

/**
 * An order's history entry in words, for the back office's timeline: what happened, who did it (the
 * platform when nobody did) and, when the event gives one, why. Unknown event types (a later
 * version of the platform) are shown by their type rather than hidden.
 */
export function describeHistoryEntry(entry: HistoryEntry): string {
  const who = entry.actor?.displayName ?? 'the platform';
  const amount = entry.amount ? formatMoney(entry.amount) : null;
  const because = entry.reason ? ` (${entry.reason})` : '';
  switch (entry.type) {
    case 'order.placed':
      return `Placed by ${who}${amount ? `, ${amount}` : ''}`;
    case 'order.paid':
      return `Paid${amount ? ` ${amount}` : ''}`;
    case 'order.fulfilled':
      return `Marked fulfilled by ${who}`;
    case 'order.refunded':
      return entry.actor ? `${amount ?? 'An amount'} refunded by ${who}` : `${amount ?? 'An amount'} refunded automatically${because}`;
    case 'order.cancelled':
      return `Cancelled${because}`;
    case 'order.payment_unhonoured':
      return `A payment${amount ? ` of ${amount}` : ''} came too late to be honoured${because}; it is given back automatically`;
    default:
      return entry.type;
  }
}

/** Who marked the order fulfilled, from its history: the last `order.fulfilled` entry's actor. */
export function fulfilledBy(history: readonly HistoryEntry[]): string | null {
  const entry = history.findLast((e) => e.type === 'order.fulfilled');
  return entry ? (entry.actor?.displayName ?? 'the platform') : null;
}
