import { toRecordedEvent, type EventRecord } from './event-rows';

const record = (amountMinor: string | null): EventRecord => ({
  id: '1',
  type: 'order.paid',
  version: 1,
  actor_id: null,
  subject_type: 'order',
  subject_id: 'o-1',
  amount_minor: amountMinor,
  currency: amountMinor === null ? null : 'EUR',
  payload: {},
  occurred_at: new Date(0),
  backfilled: false,
  transaction_id: '7',
});

describe('events read from the log', () => {
  it('carry their amount exactly, up to 2^53 - 1', () => {
    expect(toRecordedEvent(record('9007199254740991')).amount).toEqual({ minor: Number.MAX_SAFE_INTEGER, currency: 'EUR' });
    expect(toRecordedEvent(record(null)).amount).toBeNull();
  });

  it('refuse an amount a number cannot hold exactly, instead of rounding it', () => {
    expect(() => toRecordedEvent(record('9007199254740993'))).toThrow(RangeError);
  });
});
