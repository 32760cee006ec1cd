import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, notFound } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { Refund, RefundService, RefundStatus } from '@flagship/payments';
import { OrderPart, OrderPartStatus } from './order-part.entity';
import { OrderPartRefund, OrderPartRefundStatus } from './order-part-refund.entity';
import { OrderPartService } from './order-part.service';

export interface OrderPartRefundRequest {
  partId: string;
  /** Minor units, at least 1 and at most what is left on the part (counting refunds in progress). */
  amountMinor: number;
  /** The same key refunds once; it belongs to this part (and amount). */
  idempotencyKey: string;
  reason: string;
  actorId: string | null;
}

const REFUNDABLE = [OrderPartStatus.PAID, OrderPartStatus.FULFILLED];
const KEY_PREFIX = 'order-part-refund-';

/** A part refund row with no payments-side refund after this long was left by a process that stopped between steps 1 and 2. */
export const ORPHANED_PART_REFUND_AFTER_MS = 5 * 60 * 1000;

/** The latest attempt of a refund that may be tried again after a decline (`attemptOf`). */
export interface RefundAttempt {
  /** The key to use now: the latest attempt's, or a new one (`<base>-attempt-<n>`) when that one was declined. */
  idempotencyKey: string;
  /** The latest attempt's row (its amount is the one to ask for again), or null when there is none to replay. */
  row: OrderPartRefund | null;
}

/**
 * Gives back part or all of one seller's part of an order (decision 0036), through the payments side's
 * refund (three steps; the provider is never asked inside a transaction):
 *  1. under a lock on the part, check what is left on it and write `order_part_refund` (PENDING) with
 *     the payment refund's key, so the amount counts against the part from now on;
 *  2. `RefundService.refund` with that key (writes the refund, asks the provider);
 *  3. when it succeeds, `payment.refunded` is recorded and, in that same transaction, OrderPartReactions
 *     posts the part's ledger reversal and updates the part (`OrderPartService.recordRefund`). A refund
 *     left PENDING (no answer) is completed by payments' retry job, reversal included.
 * Callers authorise first (OrderPartPolicy 'refund' / 'fulfil'); this is also the entry point of
 * bookings (cancellations) and resale (claims). Must run outside a transaction.
 */
@Injectable()
export class OrderPartRefundService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly refunds: RefundService,
    private readonly parts: OrderPartService,
  ) {}

  async refund(request: OrderPartRefundRequest): Promise<OrderPart> {
    return this.run(request, false);
  }

  /**
   * The seller cancels a paid part before fulfilling it: everything left on it is refunded and, once
   * that succeeded, the part is CANCELLED (`order_part.cancelled`). Cancelling again changes nothing.
   */
  async cancel(partId: string, reason: string, actorId: string | null): Promise<OrderPart> {
    const part = await this.connection.getRepository(OrderPart).findOneBy({ id: partId });
    if (!part) throw notFound('Order part');
    if (part.status === OrderPartStatus.CANCELLED && part.paidAt) return part;
    if (part.status !== OrderPartStatus.PAID) throw new DomainError(ErrorCode.CONFLICT, 'Only a paid part that is not fulfilled yet can be cancelled', 'partId');
    // A cancellation the provider declined may be tried again, with a new key (it would replay its refusal to the old one).
    const attempt = await this.attemptOf(partId, `cancel-${partId}`);
    const pending = (await this.parts.pendingOf([part.id])).get(part.id) ?? 0;
    const left = attempt.row ? attempt.row.amountMinor : part.grossMinor - part.refundedMinor - pending;
    return this.run({ partId, amountMinor: left, idempotencyKey: attempt.idempotencyKey, reason, actorId }, true);
  }

  /**
   * The latest attempt of a refund of this part that may be tried again after a decline: attempts use
   * `base`, then `base-attempt-2`, `base-attempt-3`… (the provider replays a refusal to a key it
   * declined). The latest attempt's key and row while it is PENDING or SUCCEEDED (a retry replays it,
   * with its amount); a new key and no row when there is none or it FAILED.
   */
  async attemptOf(partId: string, base: string): Promise<RefundAttempt> {
    const full = `${KEY_PREFIX}${base}`;
    const rows = await this.connection
      .getRepository(OrderPartRefund)
      .createQueryBuilder('r')
      .where('r.order_part_id = :partId', { partId })
      .andWhere(`(r.refund_key = :full OR starts_with(r.refund_key, :prefix))`, { full, prefix: `${full}-attempt-` })
      .getMany();
    const numbered = rows
      .map((row) => ({ row, n: row.refundKey === full ? 1 : Number(/^-attempt-(\d+)$/.exec(row.refundKey.slice(full.length))?.[1] ?? NaN) }))
      .filter(({ n }) => Number.isSafeInteger(n))
      .sort((a, b) => b.n - a.n);
    const latest = numbered[0];
    if (!latest) return { idempotencyKey: base, row: null };
    if (latest.row.status === OrderPartRefundStatus.FAILED) return { idempotencyKey: `${base}-attempt-${latest.n + 1}`, row: null };
    return { idempotencyKey: latest.row.refundKey.slice(KEY_PREFIX.length), row: latest.row };
  }

  /**
   * Part refunds whose process stopped after step 1 (the row) and before step 2 wrote the payments
   * side's refund: without a retry they would count against the part for ever. Each is asked for again
   * with its own key (the refund happens once); a refusal marks it FAILED, freeing its amount. Run by
   * OrderPartRefundSweepJob.
   */
  async retryOrphaned(before = new Date(Date.now() - ORPHANED_PART_REFUND_AFTER_MS), limit = 100): Promise<{ asked: number; failed: number }> {
    const rows: { id: string }[] = await this.connection.manager.query(
      `SELECT opr.id FROM order_part_refund opr
        WHERE opr.status = 'PENDING' AND opr.created_at < $1
          AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.idempotency_key = opr.refund_key)
        ORDER BY opr.created_at LIMIT $2`,
      [before, limit],
    );
    const counts = { asked: 0, failed: 0 };
    for (const { id } of rows) {
      const row = await this.connection.getRepository(OrderPartRefund).findOneByOrFail({ id });
      const part = await this.connection.getRepository(OrderPart).findOneByOrFail({ id: row.orderPartId });
      try {
        await this.send(row, part.orderId, row.reason, row.requestedBy);
        counts.asked++;
      } catch {
        counts.failed++;
      }
    }
    return counts;
  }

  private async run(request: OrderPartRefundRequest, cancels: boolean): Promise<OrderPart> {
    const refundKey = `${KEY_PREFIX}${request.idempotencyKey}`;
    const row = await this.connection.withTransaction(() => this.claim(request, refundKey, cancels));
    if (row.status === OrderPartRefundStatus.SUCCEEDED) return this.connection.getRepository(OrderPart).findOneByOrFail({ id: request.partId });
    const part = await this.connection.getRepository(OrderPart).findOneByOrFail({ id: request.partId });
    await this.send(row, part.orderId, request.reason, request.actorId);
    return this.connection.getRepository(OrderPart).findOneByOrFail({ id: request.partId });
  }

  /** Step 2: the payments side's refund with the row's key and amount. */
  private async send(row: OrderPartRefund, orderId: string, reason: string, actorId: string | null): Promise<void> {
    try {
      await this.refunds.refund({ orderId, amountMinor: row.amountMinor, reason, idempotencyKey: row.refundKey, actorId });
    } catch (error) {
      // Refused before or by the provider: nothing was refunded, and the part's amount is free again.
      // No answer (the refund stays PENDING): the row stays PENDING too, and the retry job completes both.
      const refund = await this.connection.getRepository(Refund).findOneBy({ idempotencyKey: row.refundKey });
      if (!refund || refund.status === RefundStatus.FAILED) {
        await this.connection.getRepository(OrderPartRefund).update({ id: row.id, status: OrderPartRefundStatus.PENDING }, { status: OrderPartRefundStatus.FAILED });
      }
      throw error;
    }
  }

  /** Step 1: the part's refund row for this key, new (PENDING) or replayed. */
  private async claim(request: OrderPartRefundRequest, refundKey: string, cancels: boolean): Promise<OrderPartRefund> {
    const part = await this.parts.lockPart(request.partId);
    if (!part) throw notFound('Order part');
    const repository = this.connection.getRepository(OrderPartRefund);
    const existing = await repository.find({ where: { refundKey } });
    if (existing.length) {
      const mine = existing.find((row) => row.orderPartId === part.id);
      if (!mine || existing.length > 1) throw badInput('refundKey', 'This refund key was used for another order part; use a new key for this refund');
      // Done already: a retry (of a cancellation whose last step never ran, say) gets the refund it made, whatever it asks now.
      if (mine.status === OrderPartRefundStatus.SUCCEEDED) return mine;
      if (!cancels && mine.amountMinor !== request.amountMinor) throw badInput('refundKey', 'This refund key was used for a different amount; use a new key for a new refund');
      if (mine.status === OrderPartRefundStatus.FAILED) {
        throw new DomainError('PAYMENT_PROVIDER_ERROR', 'This refund was refused or declined and nothing was refunded; start a new refund to try again');
      }
      return mine;
    }
    if (!Number.isSafeInteger(request.amountMinor) || request.amountMinor < 1) throw badInput('amountMinor', 'Refund at least 1 (minor unit)');
    if (!REFUNDABLE.includes(part.status)) {
      throw new DomainError(ErrorCode.CONFLICT, part.status === OrderPartStatus.PENDING_PAYMENT ? 'This part is not paid yet' : 'Nothing is left to refund on this part', 'partId');
    }
    const pending = (await this.parts.pendingOf([part.id])).get(part.id) ?? 0;
    const left = part.grossMinor - part.refundedMinor - pending;
    if (request.amountMinor > left) {
      throw badInput('amountMinor', left > 0 ? `Only ${left} (minor units) is left to refund on this part, counting refunds in progress` : 'Nothing is left to refund on this part');
    }
    return repository.save(
      repository.create({
        orderPartId: part.id,
        refundKey,
        amountMinor: request.amountMinor,
        reason: request.reason.slice(0, 500),
        requestedBy: request.actorId,
        status: OrderPartRefundStatus.PENDING,
        cancels,
      }),
    );
  }
}
