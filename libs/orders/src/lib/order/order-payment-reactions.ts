import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { ReactTo, type RecordedEvent } from '@flagship/events';
import { PaymentEvents, RefundService } from '@flagship/payments';
import { OrderService } from './order.service';

/** Why the platform gives back a payment it cannot honour. */
export const UNHONOURED_PAYMENT_REASON = 'reservation expired and the stock went to another buyer';

/**
 * The orders side of money moving: payments announces (`payment.succeeded`, `payment.refunded`) and
 * knows nothing of orders; orders reacts in the same transaction, so a payment and its order's state
 * never disagree.
 */
@Injectable()
export class OrderPaymentReactions {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orders: OrderService,
    private readonly refunds: RefundService,
  ) {}

  /**
   * The order is paid. If it cannot be honoured any more (its reservation expired and the stock went
   * to another buyer), the money goes back once this transaction has committed: the provider is never
   * called with rows locked. Should that refund fail or the process stop first, the reservation job
   * refunds the payment later (ReservationExpiryService.refundUnhonouredPayments).
   */
  @ReactTo(PaymentEvents.succeeded)
  async paymentSucceeded(event: RecordedEvent<typeof PaymentEvents.succeeded>): Promise<void> {
    const { orderId } = event.payload;
    if ((await this.orders.markPaid(orderId)) === 'KEEP') return;
    await this.connection.afterCommit(() => this.refunds.refundInFull(orderId, UNHONOURED_PAYMENT_REASON));
  }

  /** The order records the refunded amount, its new status and `order.refunded`. */
  @ReactTo(PaymentEvents.refunded)
  async paymentRefunded(event: RecordedEvent<typeof PaymentEvents.refunded>): Promise<void> {
    await this.orders.recordRefund(event.payload.orderId, event.amount.minor, event.actorId, event.payload.reason);
  }
}
