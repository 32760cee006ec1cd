import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode, badInput } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { PaymentProvider, type StartedPayment } from '../provider/payment-provider';
import { PAYMENT_OUTCOMES, type PaymentOutcomes } from './payment-outcomes';
import { Payment, PaymentStatus } from './payment.entity';
import { Refund } from './refund.entity';

export type SettlementOutcome = 'PAID' | 'REFUND_REQUIRED' | 'REFUNDED' | 'ALREADY_RECORDED' | 'UNKNOWN';

export interface PayableOrder {
  id: string;
  totalMinor: number;
  currency: string;
  description: string;
}

/**
 * Starts, settles and refunds payments. No provider call is ever made inside a database transaction:
 * rows are written first (so a retry finds them), the provider is called, then the result is stored.
 */
@Injectable()
export class PaymentService {
  private readonly logger = new Logger(PaymentService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly provider: PaymentProvider,
    @Inject(PAYMENT_OUTCOMES) private readonly outcomes: PaymentOutcomes,
  ) {}

  /**
   * Takes payment for an order, once: the payment row is unique per order and the provider gets the
   * same idempotency key on every attempt, so a double-submitted checkout charges once.
   */
  async start(order: PayableOrder): Promise<{ payment: Payment; started: StartedPayment }> {
    const payments = this.connection.getRepository(Payment);
    await payments
      .createQueryBuilder()
      .insert()
      .values({ orderId: order.id, provider: this.provider.name, amountMinor: order.totalMinor, currency: order.currency })
      .orIgnore()
      .execute();
    this.assertNoTransaction();
    const started = await this.provider.start({
      orderId: order.id,
      amountMinor: order.totalMinor,
      currency: order.currency,
      idempotencyKey: `order-${order.id}`,
      description: order.description,
    });
    await payments.update({ orderId: order.id }, { providerPaymentId: started.providerPaymentId, clientSecret: started.clientSecret });
    if (started.status === 'SUCCEEDED') await this.recordSuccess(order.id);
    return { payment: await payments.findOneByOrFail({ orderId: order.id }), started };
  }

  /** Provider calls can be slow; none may hold database locks (stock rows above all) meanwhile. */
  private assertNoTransaction(): void {
    if (this.connection.inTransaction) throw new Error('A payment provider call was attempted inside a database transaction');
  }

  findByOrders(orderIds: readonly string[]): Promise<Payment[]> {
    return this.connection.getRepository(Payment).findBy({ orderId: In([...orderIds]) });
  }

  findByOrder(orderId: string): Promise<Payment | null> {
    return this.connection.getRepository(Payment).findOneBy({ orderId });
  }

  /**
   * Applies a successful payment exactly once (a second report changes nothing), and gives the money
   * back when the order can no longer be honoured.
   */
  async recordSuccess(orderId: string, providerPaymentId?: string): Promise<SettlementOutcome> {
    const outcome = await this.connection.withTransaction(() => this.settle(orderId, providerPaymentId));
    return this.completeSettlement(orderId, outcome);
  }

  /** The transactional half of recordSuccess, for callers that record more in the same transaction. */
  async settle(orderId: string, providerPaymentId?: string): Promise<SettlementOutcome> {
    const payments = this.connection.getRepository(Payment);
    const payment = await payments.createQueryBuilder('p').setLock('pessimistic_write').where('p.order_id = :orderId', { orderId }).getOne();
    if (!payment) return 'UNKNOWN';
    if (payment.status === PaymentStatus.SUCCEEDED) return 'ALREADY_RECORDED';
    await payments.update({ id: payment.id }, { status: PaymentStatus.SUCCEEDED, ...(providerPaymentId ? { providerPaymentId } : {}) });
    return (await this.outcomes.paymentSucceeded(orderId)) === 'KEEP' ? 'PAID' : 'REFUND_REQUIRED';
  }

  /** After the settlement committed: refunds a payment its order cannot honour. */
  async completeSettlement(orderId: string, outcome: SettlementOutcome): Promise<SettlementOutcome> {
    if (outcome !== 'REFUND_REQUIRED') return outcome;
    await this.refundInFull(orderId, 'order could not be honoured');
    return 'REFUNDED';
  }

  /**
   * Gives back whatever is left of an order's payment and tells the order side. Safe to repeat: the
   * refund's idempotency key is fixed per order, so a retry (e.g. by the reconciliation job) never
   * refunds twice.
   */
  async refundInFull(orderId: string, reason: string): Promise<void> {
    const payment = await this.findByOrder(orderId);
    if (!payment || payment.status !== PaymentStatus.SUCCEEDED) return;
    const remaining = payment.amountMinor - payment.refundedMinor;
    if (remaining <= 0) return;
    const { created } = await this.refund(orderId, remaining, reason, `refund-in-full-${orderId}`);
    if (created) await this.connection.withTransaction(() => this.outcomes.refundedAutomatically(orderId, remaining, payment.currency));
  }

  async recordFailure(orderId: string): Promise<void> {
    // A late failure report never undoes a success (events can arrive in any order).
    await this.connection
      .getRepository(Payment)
      .createQueryBuilder()
      .update()
      .set({ status: PaymentStatus.FAILED })
      .where('order_id = :orderId AND status = :pending', { orderId, pending: PaymentStatus.PENDING })
      .execute();
  }

  /**
   * Refunds part or all of a settled payment. The amount is reserved on the payment row under a lock
   * first, so concurrent refunds can never exceed what was paid; the same idempotency key refunds once.
   */
  async refund(orderId: string, amountMinor: number, reason: string, idempotencyKey: string): Promise<{ refund: Refund; created: boolean }> {
    const reserved = await this.connection.withTransaction(async () => {
      const refunds = this.connection.getRepository(Refund);
      const existing = await refunds.findOneBy({ idempotencyKey });
      if (existing) return { refund: existing, isNew: false };
      const payment = await this.connection
        .getRepository(Payment)
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.order_id = :orderId', { orderId })
        .getOne();
      if (!payment || payment.status !== PaymentStatus.SUCCEEDED || !payment.providerPaymentId) {
        throw new DomainError(ErrorCode.CONFLICT, 'This order has no settled payment to refund');
      }
      const refundable = payment.amountMinor - payment.refundedMinor;
      if (!Number.isInteger(amountMinor) || amountMinor < 1 || amountMinor > refundable) {
        throw badInput('amountMinor', `Refund between 1 and ${refundable} (minor units)`);
      }
      await this.connection.getRepository(Payment).update({ id: payment.id }, { refundedMinor: payment.refundedMinor + amountMinor });
      const refund = await refunds.save(refunds.create({ paymentId: payment.id, amountMinor, idempotencyKey, reason, providerRefundId: null }));
      return { refund, isNew: true, providerPaymentId: payment.providerPaymentId };
    });
    if (!reserved.isNew) return { refund: reserved.refund, created: false };
    this.assertNoTransaction();
    try {
      const { providerRefundId } = await this.provider.refund({
        providerPaymentId: reserved.providerPaymentId!,
        amountMinor,
        idempotencyKey,
      });
      await this.connection.getRepository(Refund).update({ id: reserved.refund.id }, { providerRefundId });
      return { refund: { ...reserved.refund, providerRefundId }, created: true };
    } catch (error) {
      // The provider said no (or could not be reached): release the reserved amount.
      this.logger.error(`Refund for order ${orderId} failed at ${this.provider.name}: ${String(error)}`);
      await this.connection.withTransaction(async () => {
        await this.connection.getRepository(Refund).delete({ id: reserved.refund.id });
        await this.connection.manager.query(`UPDATE payment SET refunded_minor = refunded_minor - $1 WHERE id = $2`, [amountMinor, reserved.refund.paymentId]);
      });
      throw new DomainError('PAYMENT_PROVIDER_ERROR', 'The payment provider did not accept the refund; nothing was refunded');
    }
  }
}
