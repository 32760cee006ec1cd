import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { JobQueue } from '@flagship/jobs';
import { PaymentService } from '@flagship/payments';
import { OrderStatus } from '../order/order-status';
import { Order } from '../order/order.entity';
import { OrderService } from '../order/order.service';

export const EXPIRE_RESERVATIONS_JOB = 'orders-expire-reservations';

/**
 * Unpaid orders hold their stock only for a while: every minute, expired reservations are cancelled
 * and their stock returned. The same run refunds any payment that settled for an order that could not
 * be honoured but was not refunded yet (e.g. the provider was down at the time).
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

  async run(now = new Date()): Promise<{ expired: number; refunded: number }> {
    const expired = await this.expireReservations(now);
    const refunded = await this.refundUnhonouredPayments();
    if (expired || refunded) this.logger.log(`Expired ${expired} reservations, refunded ${refunded} payments`);
    return { expired, refunded };
  }

  async expireReservations(now = new Date()): Promise<number> {
    const due = await this.connection
      .getRepository(Order)
      .createQueryBuilder('o')
      .select('o.id', 'id')
      .where('o.status = :status AND o.reservation_expires_at <= :now', { status: OrderStatus.PENDING_PAYMENT, now })
      .limit(500)
      .getRawMany<{ id: string }>();
    let count = 0;
    for (const { id } of due) {
      if (await this.connection.withTransaction(() => this.orders.cancelUnpaid(id, 'reservation expired'))) count++;
    }
    return count;
  }

  async refundUnhonouredPayments(): Promise<number> {
    // Reads the payments table next to the orders one: a read-only reconciliation across the two.
    const rows: { id: string }[] = await this.connection.manager.query(
      `SELECT o.id FROM shop_order o JOIN payment p ON p.order_id = o.id
       WHERE o.status = 'CANCELLED' AND p.status = 'SUCCEEDED' AND p.refunded_minor < p.amount_minor LIMIT 100`,
    );
    for (const { id } of rows) await this.payments.refundInFull(id, 'order could not be honoured');
    return rows.length;
  }
}
