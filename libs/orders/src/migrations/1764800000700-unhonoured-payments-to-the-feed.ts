import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unhonoured payments are refunded through the event feed now (`order.payment_unhonoured`, read by
 * the `orders-unhonoured-payment-refunds` consumer) instead of a refund after commit with a sweep of
 * the reservation job behind it. A payment left unrefunded before this change with no automatic refund
 * asked for yet (its process stopped after the commit) would have been found by that sweep: it gets
 * its event here, so the consumer asks for its refund. Those already asked for are the refund retry
 * job's (pending, or declined and tried again).
 */
export class UnhonouredPaymentsToTheFeed1764800000700 implements MigrationInterface {
  name = 'UnhonouredPaymentsToTheFeed1764800000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(UNREFUNDED_UNHONOURED_PAYMENT_EVENTS);
  }

  async down(): Promise<void> {
    // The event log is append-only; the events stay (and a second `up` finds nothing new to record).
  }
}

/** `order.payment_unhonoured` for each such payment that has none yet (so running it again records nothing). */
const UNREFUNDED_UNHONOURED_PAYMENT_EVENTS = `
  INSERT INTO platform_event (type, version, actor_id, subject_type, subject_id, amount_minor, currency, payload)
  SELECT 'order.payment_unhonoured', 1, NULL, 'order', o.id::text, p.amount_minor, p.currency,
         jsonb_build_object('paymentId', p.id, 'reason', 'reservation expired and the stock went to another buyer')
  FROM shop_order o JOIN payment p ON p.order_id = o.id
  WHERE o.status = 'CANCELLED' AND p.status = 'SUCCEEDED' AND p.refunded_minor < p.amount_minor
    AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.payment_id = p.id AND r.idempotency_key LIKE 'refund-in-full-%')
    AND NOT EXISTS (SELECT 1 FROM platform_event e WHERE e.subject_type = 'order' AND e.subject_id = o.id::text AND e.type = 'order.payment_unhonoured')
  ORDER BY o.cancelled_at, o.id`;
