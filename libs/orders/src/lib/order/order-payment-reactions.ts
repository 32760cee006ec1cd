import { Injectable } from '@nestjs/common';
import { ReactTo, type RecordedEvent } from '@flagship/events';
import { PaymentEvents } from '@flagship/payments';
import { OrderService } from './order.service';

/**
 * The orders side of money moving: payments announces (`payment.succeeded`, `payment.refunded`) and
 * knows nothing of orders; orders reacts in the same transaction, so a payment and its order's state
 * never disagree.
 */
@Injectable()
export class OrderPaymentReactions {
  constructor(private readonly orders: OrderService) {}

  /**
   * The order is paid, or, when it cannot be honoured any more (its reservation expired and the stock
   * went to another buyer), records `order.payment_unhonoured`, which UnhonouredPaymentRefunds reads
   * after commit to give the money back: no provider call while this transaction holds rows.
   */
  @ReactTo(PaymentEvents.succeeded)
  async paymentSucceeded(event: RecordedEvent<typeof PaymentEvents.succeeded>): Promise<void> {
    await this.orders.markPaid(event.payload.orderId, { id: event.subjectId, amount: event.amount });
  }

  /** The order records the refunded amount, its new status and `order.refunded`. */
  @ReactTo(PaymentEvents.refunded)
  async paymentRefunded(event: RecordedEvent<typeof PaymentEvents.refunded>): Promise<void> {
    await this.orders.recordRefund(event.payload.orderId, event.amount.minor, event.actorId, event.payload.reason);
  }
}
