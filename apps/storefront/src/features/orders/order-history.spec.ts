import { describe, expect, it } from 'vitest';
import { describeHistoryEntry, fulfilledBy } from './order-history';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('an order’s history in words', () => {
  it('says who did what, and how much money moved', () => {
    expect(describeHistoryEntry({ type: 'order.placed', actor: { displayName: 'Ana Rider' }, amount: eur(3890) })).toBe('Placed by Ana Rider, €38.90');
    expect(describeHistoryEntry({ type: 'order.paid', actor: { displayName: 'Ana Rider' }, amount: eur(3890) })).toBe('Paid €38.90');
    expect(describeHistoryEntry({ type: 'order.fulfilled', actor: { displayName: 'Maya Brandt' } })).toBe('Marked fulfilled by Maya Brandt');
    expect(describeHistoryEntry({ type: 'order.refunded', actor: { displayName: 'Maya Brandt' }, amount: eur(500), reason: 'refunded by the brand' })).toBe('€5.00 refunded by Maya Brandt');
  });

  it('names the platform, and its reason, for what nobody did by hand', () => {
    expect(describeHistoryEntry({ type: 'order.refunded', actor: null, amount: eur(3890), reason: 'reservation expired' })).toBe('€38.90 refunded automatically (reservation expired)');
    expect(describeHistoryEntry({ type: 'order.cancelled', actor: null, reason: 'payment not received in time' })).toBe('Cancelled (payment not received in time)');
    expect(describeHistoryEntry({ type: 'order.payment_unhonoured', amount: eur(3890), reason: 'the stock went to another buyer' })).toBe(
      'A payment of €38.90 came too late to be honoured (the stock went to another buyer); it is given back automatically',
    );
  });

  it('shows an event type it does not know by its name rather than hiding it', () => {
    expect(describeHistoryEntry({ type: 'order.returned' })).toBe('order.returned');
  });

  it('finds who marked the order fulfilled', () => {
    expect(fulfilledBy([{ type: 'order.placed', actor: { displayName: 'Ana Rider' } }, { type: 'order.fulfilled', actor: { displayName: 'Maya Brandt' } }])).toBe('Maya Brandt');
    expect(fulfilledBy([{ type: 'order.placed', actor: { displayName: 'Ana Rider' } }])).toBeNull();
  });
});
