import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { PaymentService } from '@flagship/payments';
import { OrderStatus } from './order-status';
import { Order } from './order.entity';
import { OrderService } from './order.service';

const REFUNDABLE = [OrderStatus.PAID, OrderStatus.FULFILLED, OrderStatus.PARTIALLY_REFUNDED];

/** A brand manager gives money back, in part or in full, through the payment provider. */
@Injectable()
export class OrderRefundService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orders: OrderService,
    private readonly payments: PaymentService,
  ) {}

  /** `refundKey` makes a retried refund (a double click) happen once. Must run outside a transaction. */
  async refund(orderId: string, amountMinor: number | undefined, refundKey: string, actor: Viewer): Promise<Order> {
    const order = await this.orders.getVisible(orderId, actor);
    if (!REFUNDABLE.includes(order.status)) {
      throw new DomainError(ErrorCode.CONFLICT, 'Only paid orders can be refunded');
    }
    const amount = amountMinor ?? order.totalMinor - order.refundedMinor;
    const { created } = await this.payments.refund(orderId, amount, 'refunded by the brand', `refund-${refundKey}`);
    if (!created) return this.connection.getRepository(Order).findOneByOrFail({ id: orderId });
    return this.connection.withTransaction(() => this.orders.recordRefund(orderId, amount, actor.accountId, 'refunded by the brand'));
  }
}
