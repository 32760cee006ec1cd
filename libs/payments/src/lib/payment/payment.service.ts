import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { In } from 'typeorm';
import { type ProviderName, type StartedPayment } from '../provider/payment-provider';
import { PaymentProviders } from '../provider/payment-providers';
import { PaymentEvents } from '../payments.events';
import { Payment, PaymentStatus } from './payment.entity';

/** SETTLED: recorded now (`payment.succeeded`, which the seller reacts to); the others change nothing. */
export type SettlementOutcome = 'SETTLED' | 'ALREADY_RECORDED' | 'UNKNOWN' | 'MISMATCH';

export interface PayableOrder {
  id: string;
  totalMinor: number;
  currency: string;
  description: string;
}

/** What a provider reports about a payment (a Stripe webhook's PaymentIntent). */
export interface ReportedPayment {
  provider: ProviderName;
  providerPaymentId: string;
  amountMinor: number;
  /** ISO 4217, any case. */
  currency: string;
  /** The charge that moved the money (Stripe: `latest_charge`), when reported. */
  chargeId?: string | null;
}

/**
 * Starts, settles and cancels payments. No provider call is ever made inside a database transaction:
 * rows are written first (so a retry finds them), the provider is called, then the result is stored.
 */
@Injectable()
export class PaymentService {
  private readonly logger = new Logger(PaymentService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly providers: PaymentProviders,
    private readonly events: EventLog,
  ) {}

  /**
   * Takes payment for an order, once: the payment row is unique per order and the provider gets the
   * same idempotency key on every attempt, so a double-submitted or retried checkout charges once.
   * A provider that cannot be reached gives PAYMENT_PROVIDER_ERROR; the payment row stays PENDING and
   * calling this again retries with the same key.
   */
  async start(order: PayableOrder): Promise<{ payment: Payment; started: StartedPayment | null }> {
    const payments = this.connection.getRepository(Payment);
    const current = this.providers.current;
    await payments
      .createQueryBuilder()
      .insert()
      .values({ orderId: order.id, provider: current.name, testMode: current.testMode, amountMinor: order.totalMinor, currency: order.currency })
      .orIgnore()
      .execute();
    const row = await payments.findOneByOrFail({ orderId: order.id });
    // Settled (a webhook came first), cancelled or failed: nothing to start again.
    if (row.status !== PaymentStatus.PENDING) return { payment: row, started: null };
    this.assertNoTransaction();
    const provider = this.providers.for(row);
    let started: StartedPayment;
    try {
      started = await provider.start({
        orderId: order.id,
        amountMinor: row.amountMinor,
        currency: row.currency,
        idempotencyKey: `order-${order.id}`,
        description: order.description,
        transferGroup: order.id,
      });
    } catch (error) {
      this.logger.error(`Starting the payment of order ${order.id} at ${provider.name} failed: ${String(error)}`);
      throw new DomainError('PAYMENT_PROVIDER_ERROR', 'The payment provider could not be reached');
    }
    await payments.update(
      { orderId: order.id },
      { providerPaymentId: started.providerPaymentId, clientSecret: started.clientSecret, ...(started.chargeId ? { providerChargeId: started.chargeId } : {}) },
    );
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

  /** Applies a successful payment exactly once (a second report changes nothing). */
  recordSuccess(orderId: string, reported?: ReportedPayment): Promise<SettlementOutcome> {
    return this.connection.withTransaction(() => this.settle(orderId, reported));
  }

  /**
   * recordSuccess in the caller's transaction (the webhook stores the event it handled in it too).
   * A reported payment must be the one the platform created: the provider payment id stored for this
   * order (a payment with none stored matches no report), the same amount and currency; otherwise
   * 'MISMATCH' and nothing changes. The seller's reaction to `payment.succeeded` runs in this
   * transaction (orders marks the order paid, or refunds a payment it cannot honour once this has
   * committed).
   */
  async settle(orderId: string, reported?: ReportedPayment): Promise<SettlementOutcome> {
    const payments = this.connection.getRepository(Payment);
    const payment = await payments.createQueryBuilder('p').setLock('pessimistic_write').where('p.order_id = :orderId', { orderId }).getOne();
    if (!payment) return 'UNKNOWN';
    if (reported && !matches(payment, reported)) return 'MISMATCH';
    if (reported?.chargeId && payment.providerChargeId !== reported.chargeId) await payments.update({ id: payment.id }, { providerChargeId: reported.chargeId });
    if (payment.status === PaymentStatus.SUCCEEDED) return 'ALREADY_RECORDED';
    await payments.update({ id: payment.id }, { status: PaymentStatus.SUCCEEDED });
    await this.events.record(PaymentEvents.succeeded, {
      actorId: null,
      subjectId: payment.id,
      amount: { minor: payment.amountMinor, currency: payment.currency },
      payload: { orderId, provider: payment.provider as ProviderName, testMode: payment.testMode },
    });
    return 'SETTLED';
  }

  /**
   * The charge of an order's settled payment, for the sellers' transfers: the stored one, or, when no
   * report carried it, asked of the provider and stored. Null when the payment has not succeeded.
   * Calls the provider: never inside a transaction.
   */
  async chargeIdFor(orderId: string): Promise<string | null> {
    const payment = await this.findByOrder(orderId);
    if (!payment || payment.status !== PaymentStatus.SUCCEEDED || !payment.providerPaymentId) return null;
    if (payment.providerChargeId) return payment.providerChargeId;
    // The offline provider answers without a network call (the demo asks inside its transaction).
    if (payment.provider !== 'offline-test') this.assertNoTransaction();
    const chargeId = await this.providers.for(payment).chargeOf(payment.providerPaymentId);
    if (chargeId) await this.connection.getRepository(Payment).update({ id: payment.id }, { providerChargeId: chargeId });
    return chargeId;
  }

  /** A failure report; false when it is not about the stored payment of the order (ignored). */
  async recordFailure(orderId: string, providerPaymentId: string): Promise<boolean> {
    // A late failure report never undoes a success (events can arrive in any order).
    const result = await this.connection
      .getRepository(Payment)
      .createQueryBuilder()
      .update()
      .set({ status: PaymentStatus.FAILED })
      .where('order_id = :orderId AND status = :pending AND provider_payment_id = :providerPaymentId', {
        orderId,
        pending: PaymentStatus.PENDING,
        providerPaymentId,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Cancels an order's unfinished payment at its provider (the order was cancelled), so the buyer can no
   * longer complete it. Throws when the provider cannot do it now; the caller tries again later (see
   * `cancelAttemptedAt`). A
   * payment that succeeded meanwhile is left alone: its webhook settles it (and refunds if need be).
   */
  async cancel(orderId: string): Promise<void> {
    const payment = await this.findByOrder(orderId);
    if (!payment || (payment.status !== PaymentStatus.PENDING && payment.status !== PaymentStatus.FAILED)) return;
    if (payment.providerPaymentId) {
      this.assertNoTransaction();
      // Counted first, so the next attempt has its own key even if this process dies mid-call: a
      // provider replays the first answer to a reused key, a refusal included.
      const attempt = payment.cancelAttempts + 1;
      await this.connection.manager.query(`UPDATE payment SET cancel_attempts = $2, cancel_attempted_at = now() WHERE id = $1`, [payment.id, attempt]);
      const idempotencyKey = attempt === 1 ? `cancel-${orderId}` : `cancel-${orderId}-${attempt}`;
      await this.providers.for(payment).cancel({ providerPaymentId: payment.providerPaymentId, idempotencyKey });
    }
    await this.connection
      .getRepository(Payment)
      .createQueryBuilder()
      .update()
      .set({ status: PaymentStatus.CANCELLED, clientSecret: null })
      .where('id = :id AND status IN (:...open)', { id: payment.id, open: [PaymentStatus.PENDING, PaymentStatus.FAILED] })
      .execute();
  }
}

/**
 * Whether a provider's report is about this payment. Only an id the platform stored counts: the buyer
 * can only pay a PaymentIntent after its id is stored (the client secret is handed out from the stored
 * row), so a report about any other intent, even one correctly signed, is not for this order.
 */
function matches(payment: Payment, reported: ReportedPayment): boolean {
  return (
    payment.provider === reported.provider &&
    payment.providerPaymentId !== null &&
    payment.providerPaymentId === reported.providerPaymentId &&
    payment.amountMinor === reported.amountMinor &&
    payment.currency.toUpperCase() === reported.currency.toUpperCase()
  );
}
