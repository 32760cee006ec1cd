import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { JobQueue } from '@flagship/jobs';
import { PaymentService } from '@flagship/payments';
import { OrderStatus } from '../order/order-status';
import { Order } from '../order/order.entity';
import { OrderService } from '../order/order.service';
import { retryTransaction } from '../shared/retry-transaction';

export const EXPIRE_RESERVATIONS_JOB = 'orders-expire-reservations';

export interface ExpiryRun {
  expired: number;
  /** Unfinished payments of cancelled orders cancelled at their provider. */
  paymentsCancelled: number;
  /** Orders that could not be handled this time (each kind has its own retry rule, see below). */
  failed: number;
}

/**
 * Unpaid orders hold their stock only for a while. Every minute: expired reservations are cancelled
 * and their stock returned; the unfinished payments of cancelled orders are cancelled at the provider
 * (so the buyer can no longer pay for an order that is gone). Each order is handled on its own: one
 * failing never stops the others. (A payment that settles anyway and cannot be honoured is given back
 * through the event feed: UnhonouredPaymentRefunds.)
 */
@Injectable()
export class ReservationExpiryService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReservationExpiryService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orders: OrderService,
    private readonly payments: PaymentService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(EXPIRE_RESERVATIONS_JOB, '* * * * *', () => this.run());
  }

  async run(now = new Date()): Promise<ExpiryRun> {
    const expired = await this.expireReservations(now);
    const cancelled = await this.cancelAbandonedPayments();
    const result = { expired: expired.done, paymentsCancelled: cancelled.done, failed: expired.failed + cancelled.failed };
    if (result.expired || result.paymentsCancelled || result.failed) {
      this.logger.log(`Expired ${result.expired} reservations, cancelled ${result.paymentsCancelled} payments; ${result.failed} failed`);
    }
    return result;
  }

  async expireReservations(now = new Date()): Promise<Tally> {
    const due = await this.connection
      .getRepository(Order)
      .createQueryBuilder('o')
      .select('o.id', 'id')
      .where('o.status = :status AND o.reservation_expires_at <= :now', { status: OrderStatus.PENDING_PAYMENT, now })
      .orderBy('o.reservation_expires_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(500)
      .getRawMany<{ id: string }>();
    return this.each(due, 'cancel the reservation of', (id) =>
      retryTransaction(() => this.connection.withTransaction(() => this.orders.cancelUnpaid(id, 'reservation expired'))),
    );
  }

  /**
   * Cancels, at the provider, the payments of orders cancelled while unpaid. One the provider will not
   * cancel (usually: the buyer paid at the last moment, and its webhook settles it) is tried again
   * 5 minutes later at the earliest, least recently tried first, so it never holds up the others.
   */
  async cancelAbandonedPayments(): Promise<Tally> {
    // Reads the payments table next to the orders one: a read-only reconciliation across the two
    // (PaymentService.cancel records its attempts).
    const rows: { id: string }[] = await this.connection.manager.query(
      `SELECT o.id FROM shop_order o JOIN payment p ON p.order_id = o.id
       WHERE o.status = 'CANCELLED' AND p.status IN ('PENDING', 'FAILED')
         AND (p.cancel_attempted_at IS NULL OR p.cancel_attempted_at <= now() - interval '5 minutes')
       ORDER BY p.cancel_attempted_at NULLS FIRST, o.id LIMIT 100`,
    );
    return this.each(rows, 'cancel the payment of', async (id) => {
      await this.payments.cancel(id);
      return true;
    });
  }

  private async each(rows: { id: string }[], what: string, work: (id: string) => Promise<boolean>): Promise<Tally> {
    const tally: Tally = { done: 0, failed: 0 };
    for (const { id } of rows) {
      try {
        if (await work(id)) tally.done++;
      } catch (error) {
        tally.failed++;
        this.logger.error(`Could not ${what} order ${id}: ${String(error)}`);
      }
    }
    return tally;
  }
}

interface Tally {
  done: number;
  failed: number;
}
