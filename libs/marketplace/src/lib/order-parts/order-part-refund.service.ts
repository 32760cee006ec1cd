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
    const pending = (await this.parts.pendingOf([part.id])).get(part.id) ?? 0;
    const left = part.grossMinor - part.refundedMinor - pending;
    return this.run({ partId, amountMinor: left, idempotencyKey: `cancel-${partId}`, reason, actorId }, true);
  }

  private async run(request: OrderPartRefundRequest, cancels: boolean): Promise<OrderPart> {
    const refundKey = `order-part-refund-${request.idempotencyKey}`;
    const row = await this.connection.withTransaction(() => this.claim(request, refundKey, cancels));
    if (row.status === OrderPartRefundStatus.SUCCEEDED) return this.connection.getRepository(OrderPart).findOneByOrFail({ id: request.partId });
    const part = await this.connection.getRepository(OrderPart).findOneByOrFail({ id: request.partId });
    try {
      await this.refunds.refund({ orderId: part.orderId, amountMinor: row.amountMinor, reason: request.reason, idempotencyKey: refundKey, actorId: request.actorId });
    } catch (error) {
      // Refused before or by the provider: nothing was refunded, and the part's amount is free again.
      // No answer (the refund stays PENDING): the row stays PENDING too, and the retry job completes both.
      const refund = await this.connection.getRepository(Refund).findOneBy({ idempotencyKey: refundKey });
      if (!refund || refund.status === RefundStatus.FAILED) {
        await this.connection.getRepository(OrderPartRefund).update({ id: row.id, status: OrderPartRefundStatus.PENDING }, { status: OrderPartRefundStatus.FAILED });
      }
      throw error;
    }
    return this.connection.getRepository(OrderPart).findOneByOrFail({ id: request.partId });
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
