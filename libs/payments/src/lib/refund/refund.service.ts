import { Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, badInput } from '@flagship/api-core';
import { TransactionalConnection, isUniqueViolation, toSafeInteger } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Payment, PaymentStatus } from '../payment/payment.entity';
import { PaymentProviderError } from '../provider/payment-provider';
import { PaymentEvents } from '../payments.events';
import { PaymentProviders } from '../provider/payment-providers';
import { Refund, RefundStatus } from './refund.entity';

export interface RefundRequest {
  orderId: string;
  /** Minor units; everything not yet refunded (or being refunded) when left out. */
  amountMinor?: number;
  reason: string;
  /** Bound to this order's payment: the same key refunds once, and is refused for another order. */
  idempotencyKey: string;
  actorId: string | null;
}

/** Declined automatic refunds (`requestRefundInFull`) of one payment before it is left to a brand manager. */
export const MAX_AUTOMATIC_REFUND_ATTEMPTS = 5;
const AUTOMATIC_KEY_PREFIX = 'refund-in-full-';

/**
 * Refunds in three steps, never holding a transaction while the provider is asked:
 *  1. under a lock on the payment: write the refund PENDING with its key and hold its amount on the
 *     payment (`refunded_minor`), so concurrent refunds can never exceed what was paid;
 *  2. ask the provider that took the payment, with the refund's key;
 *  3. SUCCEEDED: mark it and record `payment.refunded`, to which the order reacts (amount, status,
 *     its own event), in one transaction.
 *     DECLINED: mark it FAILED and release the amount. No answer: it stays PENDING, amount held, and
 *     `retryPending` (a job) asks again with the same key until the provider answers.
 */
@Injectable()
export class RefundService {
  private readonly logger = new Logger(RefundService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: PaymentProviders,
    private readonly events: EventLog,
  ) {}

  async refund(request: RefundRequest): Promise<Refund> {
    const refund = await this.connection.withTransaction(() => this.claim(request));
    if (refund.status === RefundStatus.SUCCEEDED) return refund;
    if (refund.status === RefundStatus.FAILED) {
      throw new DomainError('PAYMENT_PROVIDER_ERROR', 'The payment provider declined this refund and nothing was refunded; start a new refund to try again');
    }
    const outcome = await this.send(refund);
    if (outcome === 'DECLINED') throw new DomainError('PAYMENT_PROVIDER_ERROR', 'The payment provider declined the refund; nothing was refunded');
    if (outcome === 'UNKNOWN') {
      throw new DomainError(
        'REFUND_PENDING',
        'The payment provider did not confirm the refund. It stays pending and is retried automatically with the same key; do not start another refund for it',
      );
    }
    return outcome;
  }

  /** True when this key already names a refund of this order (a replay, whatever the order's state now). */
  async isKnown(orderId: string, idempotencyKey: string): Promise<boolean> {
    const rows = await this.connection.manager.query(`SELECT 1 FROM refund r JOIN payment p ON p.id = r.payment_id WHERE r.idempotency_key = $1 AND p.order_id = $2`, [
      idempotencyKey,
      orderId,
    ]);
    return rows.length > 0;
  }

  /**
   * Every refund of these orders' payments, oldest first, each with its order's id (for a DataLoader:
   * one statement for a page of orders). Failed and pending ones included: the back office shows them.
   */
  async findByOrders(orderIds: readonly string[]): Promise<OrderRefundRow[]> {
    if (orderIds.length === 0) return [];
    const rows = await this.connection.query<{
      id: string;
      order_id: string;
      amount_minor: string;
      currency: string;
      status: RefundStatus;
      reason: string;
      requested_by: string | null;
      created_at: Date;
      updated_at: Date;
    }>(
      `SELECT r.id, p.order_id, r.amount_minor, p.currency, r.status, r.reason, r.requested_by, r.created_at, r.updated_at
       FROM refund r JOIN payment p ON p.id = r.payment_id
       WHERE p.order_id = ANY($1::uuid[])
       ORDER BY r.created_at, r.id`,
      [[...orderIds]],
    );
    return rows.map((row) => ({
      id: row.id,
      orderId: row.order_id,
      amountMinor: toSafeInteger(row.amount_minor),
      currency: row.currency,
      status: row.status,
      reason: row.reason,
      requestedBy: row.requested_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }

  /**
   * The platform's own refund of whatever is left of an order's payment (orders asks for it when it
   * cannot honour a payment), written in the caller's transaction: under a lock on the payment, a
   * PENDING refund with a key fixed per order (`refund-in-full-<order>`), its amount held. Asking again
   * changes nothing (a consumer's batch handed over twice): the refund already asked for is returned.
   * The provider is asked once that transaction has committed. Should that never happen (the process
   * stops first) or get no answer, `retryPending` asks; should the provider decline,
   * `retryDeclinedInFull` starts another attempt later. Null when nothing is left to refund.
   *
   * Unlike a brand manager's refund it is not refused when the payment's provider is not configured
   * now: the request is kept, PENDING, and asked again every minute until it is.
   */
  async requestRefundInFull(orderId: string, reason: string): Promise<Refund | null> {
    return this.connection.withTransaction(async () => {
      const payment = await this.lockPayment(orderId);
      if (!payment) return null;
      const idempotencyKey = `${AUTOMATIC_KEY_PREFIX}${orderId}`;
      const asked = await this.connection.getRepository(Refund).findOneBy({ idempotencyKey });
      if (asked) return asked;
      const remaining = payment.amountMinor - payment.refundedMinor;
      if (payment.status !== PaymentStatus.SUCCEEDED || !payment.providerPaymentId || remaining < 1) return null;
      const refund = await this.hold(payment, { orderId, amountMinor: remaining, idempotencyKey, reason, actorId: null });
      await this.connection.afterCommit(() => this.sendIfPending(refund.id));
      return refund;
    });
  }

  /**
   * Tries again the automatic refunds the provider declined: 2, 4, 8, 16 minutes after the last
   * decline, each attempt with its own key (`refund-in-full-<order>-2`, `-3`…: Stripe replays its
   * first answer to a reused key), oldest first. After MAX_AUTOMATIC_REFUND_ATTEMPTS declines the
   * payment no longer takes a place here: it waits for a brand manager (`markFailed` logs an error
   * naming the order). One payment's trouble never stops the others.
   */
  async retryDeclinedInFull(limit = 100): Promise<RetryCounts> {
    const due = await this.connection.query<{ order_id: string; declined: number; reason: string }>(
      `SELECT p.order_id, d.declined, d.reason
       FROM (
         SELECT r.payment_id, count(*)::int AS declined, max(r.updated_at) AS last_declined,
                (array_agg(r.reason ORDER BY r.updated_at DESC))[1] AS reason
         FROM refund r WHERE r.status = 'FAILED' AND r.idempotency_key LIKE '${AUTOMATIC_KEY_PREFIX}%'
         GROUP BY r.payment_id
       ) d
       JOIN payment p ON p.id = d.payment_id
       WHERE d.declined < $1 AND p.status = 'SUCCEEDED' AND p.refunded_minor < p.amount_minor
         AND d.last_declined <= now() - make_interval(mins => power(2, d.declined)::int)
         AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.payment_id = p.id AND r.status = 'PENDING')
       ORDER BY d.last_declined, p.id LIMIT $2`,
      [MAX_AUTOMATIC_REFUND_ATTEMPTS, limit],
    );
    const counts: RetryCounts = { succeeded: 0, failed: 0, pending: 0 };
    for (const { order_id: orderId, declined, reason } of due) {
      try {
        const refund = await this.connection.withTransaction(() => this.claim({ orderId, reason, idempotencyKey: `${AUTOMATIC_KEY_PREFIX}${orderId}-${declined + 1}`, actorId: null }));
        // Replayed (another run got there first): counted as it ended.
        const outcome = refund.status === RefundStatus.PENDING ? await this.send(refund) : refund.status === RefundStatus.FAILED ? 'DECLINED' : refund;
        counts[outcome === 'DECLINED' ? 'failed' : outcome === 'UNKNOWN' ? 'pending' : 'succeeded']++;
      } catch (error) {
        counts.failed++;
        this.logger.error(`Retrying the automatic refund of order ${orderId} failed: ${String(error)}`);
      }
    }
    return counts;
  }

  /**
   * Asks again about refunds still PENDING since before `before` (their first attempt had no answer),
   * oldest first, each with its own key. One refund's trouble never stops the others.
   */
  async retryPending(before = new Date(Date.now() - 60_000), limit = 100): Promise<RetryCounts> {
    const due = await this.connection
      .getRepository(Refund)
      .createQueryBuilder('r')
      .where('r.status = :pending AND r.updated_at <= :before', { pending: RefundStatus.PENDING, before })
      .orderBy('r.updated_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit)
      .getMany();
    const counts: RetryCounts = { succeeded: 0, failed: 0, pending: 0 };
    for (const refund of due) {
      try {
        const outcome = await this.send(refund);
        if (outcome === 'DECLINED') counts.failed++;
        else if (outcome === 'UNKNOWN') counts.pending++;
        else counts.succeeded++;
      } catch (error) {
        counts.pending++;
        this.logger.error(`Retrying refund ${refund.id} failed: ${String(error)}`);
      }
    }
    return counts;
  }

  /** Step 1, in a transaction: the refund row for this key, new (PENDING, amount held) or replayed. */
  private async claim(request: RefundRequest): Promise<Refund> {
    const payment = await this.lockPayment(request.orderId);
    if (!payment) throw new DomainError(ErrorCode.CONFLICT, 'This order has no settled payment to refund');
    const existing = await this.connection.getRepository(Refund).findOneBy({ idempotencyKey: request.idempotencyKey });
    if (existing) {
      if (existing.paymentId !== payment.id) throw badInput('refundKey', 'This refund key was used for another order; use a new key for this refund');
      if (request.amountMinor !== undefined && request.amountMinor !== existing.amountMinor) {
        throw badInput('refundKey', 'This refund key was used for a different amount; use a new key for a new refund');
      }
      return existing;
    }
    if (payment.status !== PaymentStatus.SUCCEEDED || !payment.providerPaymentId) {
      throw new DomainError(ErrorCode.CONFLICT, 'This order has no settled payment to refund');
    }
    // Refused before anything is written when the provider that took it is not available.
    this.providers.for(payment);
    const remaining = payment.amountMinor - payment.refundedMinor;
    const amount = request.amountMinor ?? remaining;
    if (!Number.isInteger(amount) || amount > payment.amountMinor || (request.amountMinor !== undefined && amount < 1)) {
      throw badInput('amountMinor', `Refund between 1 and ${payment.amountMinor} (minor units)`);
    }
    if (amount < 1 || amount > remaining) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        remaining > 0 ? `Only ${remaining} (minor units) is left to refund, counting refunds in progress` : 'Nothing is left to refund',
        'amountMinor',
      );
    }
    return this.hold(payment, { ...request, amountMinor: amount });
  }

  /** The order's payment, locked for the rest of the transaction: refunds of one payment never race. */
  private lockPayment(orderId: string): Promise<Payment | null> {
    return this.connection.getRepository(Payment).createQueryBuilder('p').setLock('pessimistic_write').where('p.order_id = :orderId', { orderId }).getOne();
  }

  /** A new PENDING refund of the (locked) payment, its amount held on the payment. */
  private async hold(payment: Payment, request: RefundRequest & { amountMinor: number }): Promise<Refund> {
    await this.connection.getRepository(Payment).update({ id: payment.id }, { refundedMinor: payment.refundedMinor + request.amountMinor });
    const refunds = this.connection.getRepository(Refund);
    try {
      return await refunds.save(
        refunds.create({
          paymentId: payment.id,
          amountMinor: request.amountMinor,
          idempotencyKey: request.idempotencyKey,
          reason: request.reason,
          requestedBy: request.actorId,
          status: RefundStatus.PENDING,
          providerRefundId: null,
        }),
      );
    } catch (error) {
      // The same key, at the same moment, for another order's payment.
      if (isUniqueViolation(error)) throw badInput('refundKey', 'This refund key was used for another order; use a new key for this refund');
      throw error;
    }
  }

  /** Steps 2 and 3 once the transaction that wrote the refund has committed, unless it is done by then. */
  private async sendIfPending(id: string): Promise<void> {
    const refund = await this.connection.getRepository(Refund).findOneBy({ id });
    if (refund?.status === RefundStatus.PENDING) await this.send(refund);
  }

  /** Steps 2 and 3 for a PENDING refund: the refund when it succeeded, else what the provider said. */
  private async send(refund: Refund): Promise<Refund | 'DECLINED' | 'UNKNOWN'> {
    if (this.connection.inTransaction) throw new Error('A payment provider call was attempted inside a database transaction');
    const payment = await this.connection.getRepository(Payment).findOneByOrFail({ id: refund.paymentId });
    let providerRefundId: string;
    try {
      const provider = this.providers.for(payment);
      ({ providerRefundId } = await provider.refund({ providerPaymentId: payment.providerPaymentId!, amountMinor: refund.amountMinor, idempotencyKey: refund.idempotencyKey }));
    } catch (error) {
      const outcome = error instanceof DomainError ? 'UNKNOWN' : PaymentProviderError.outcomeOf(error);
      this.logger.error(`Refund ${refund.id} of order ${payment.orderId} at ${payment.provider}: ${outcome}: ${String(error)}`);
      await this.connection.withTransaction(() => (outcome === 'DECLINED' ? this.markFailed(refund.id, String(error)) : this.noteAttempt(refund.id, String(error))));
      return outcome;
    }
    // Should this transaction fail, the refund stays PENDING and the retry completes it (same key).
    return this.connection.withTransaction(() => this.markSucceeded(refund.id, providerRefundId, payment));
  }

  private async markSucceeded(id: string, providerRefundId: string, payment: Payment): Promise<Refund> {
    const refund = await this.lock(id);
    // Completed meanwhile (a retry racing the first attempt): once only.
    if (refund.status !== RefundStatus.PENDING) return refund;
    await this.connection.getRepository(Refund).update({ id }, { status: RefundStatus.SUCCEEDED, providerRefundId, attempts: refund.attempts + 1, lastError: null });
    await this.events.record(PaymentEvents.refunded, {
      actorId: refund.requestedBy,
      subjectId: refund.id,
      amount: { minor: refund.amountMinor, currency: payment.currency },
      payload: { orderId: payment.orderId, paymentId: payment.id, reason: refund.reason },
    });
    return this.connection.getRepository(Refund).findOneByOrFail({ id });
  }

  private async markFailed(id: string, error: string): Promise<void> {
    const refund = await this.lock(id);
    if (refund.status !== RefundStatus.PENDING) return;
    await this.connection.getRepository(Refund).update({ id }, { status: RefundStatus.FAILED, attempts: refund.attempts + 1, lastError: error.slice(0, 500) });
    await this.connection.manager.query(`UPDATE payment SET refunded_minor = refunded_minor - $1, updated_at = now() WHERE id = $2`, [refund.amountMinor, refund.paymentId]);
    if (refund.idempotencyKey.startsWith(AUTOMATIC_KEY_PREFIX)) {
      const [{ declined }] = await this.connection.manager.query(
        `SELECT count(*)::int AS declined FROM refund WHERE payment_id = $1 AND status = 'FAILED' AND idempotency_key LIKE '${AUTOMATIC_KEY_PREFIX}%'`,
        [refund.paymentId],
      );
      if (declined >= MAX_AUTOMATIC_REFUND_ATTEMPTS) {
        const [{ order_id: orderId }] = await this.connection.manager.query(`SELECT order_id FROM payment WHERE id = $1`, [refund.paymentId]);
        this.logger.error(`Order ${orderId}: the provider declined ${declined} automatic refunds; no more are tried, a brand manager must refund it (refundOrder)`);
      }
    }
  }

  private async noteAttempt(id: string, error: string): Promise<void> {
    const refund = await this.lock(id);
    if (refund.status !== RefundStatus.PENDING) return;
    await this.connection.getRepository(Refund).update({ id }, { attempts: refund.attempts + 1, lastError: error.slice(0, 500) });
  }

  private async lock(id: string): Promise<Refund> {
    return this.connection.getRepository(Refund).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOneOrFail();
  }
}

/** A refund as the order shows it: with the order its payment belongs to and the payment's currency. */
export interface OrderRefundRow {
  id: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  status: RefundStatus;
  reason: string;
  /** The brand manager who asked for it; null for the platform's automatic refunds. */
  requestedBy: string | null;
  createdAt: Date;
  /** When its status last changed (succeeded, failed) or it was last tried. */
  updatedAt: Date;
}

export interface RetryCounts {
  succeeded: number;
  /** Declined by the provider (or, for automatic refunds, refused before it was asked). */
  failed: number;
  pending: number;
}
