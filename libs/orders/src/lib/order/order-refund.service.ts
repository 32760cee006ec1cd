import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { RefundService } from '@flagship/payments';
import { OrderStatus } from './order-status';
import { Order } from './order.entity';
import { OrderPolicy } from './order.policy';

// CANCELLED: a payment that arrived after the order was cancelled, whose automatic refund the provider
// kept declining; whether anything is left to refund is the payment's to say.
const REFUNDABLE = [OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.CANCELLED];

/** A brand manager gives money back, in part or in full, through the provider that took the payment. */
@Injectable()
export class OrderRefundService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly refunds: RefundService,
  ) {}

  /**
   * `refundKey` makes a retried refund (a double click, a reload) happen once; it belongs to this
   * order. The order's refunded amount, status and event are recorded by the payments side's
   * `refundSucceeded` callback, in the transaction that marks the refund done. Must run outside a
   * transaction.
   */
  async refund(orderId: string, amountMinor: number | undefined, refundKey: string, actor: Viewer): Promise<Order> {
    const order = OrderPolicy.authorize(actor, 'refund', await this.connection.getRepository(Order).findOneBy({ id: orderId }));
    const idempotencyKey = `refund-${refundKey}`;
    // A replayed key answers with the order as it is now, even once fully refunded.
    if (!REFUNDABLE.includes(order.status) && !(await this.refunds.isKnown(orderId, idempotencyKey))) {
      throw new DomainError(ErrorCode.CONFLICT, 'Only paid orders can be refunded');
    }
    await this.refunds.refund({ orderId, amountMinor, reason: 'refunded by the brand', idempotencyKey, actorId: actor.accountId });
    return this.connection.getRepository(Order).findOneByOrFail({ id: orderId });
  }
}
