import { Injectable } from '@nestjs/common';
import { ProductVariantService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import type { PaymentOutcomes, SucceededRefund } from '@flagship/payments';
import { OrderService } from './order.service';

/**
 * The orders side of a settled payment, handed to the payments domain. Built from global providers
 * only (see PaymentsModule.forRoot), hence its own small OrderService.
 */
@Injectable()
export class OrderPaymentOutcomes implements PaymentOutcomes {
  private readonly orders: OrderService;

  constructor(connection: TransactionalConnection, events: EventLog) {
    this.orders = new OrderService(connection, new ProductVariantService(connection), events);
  }

  paymentSucceeded(orderId: string): Promise<'KEEP' | 'REFUND'> {
    return this.orders.markPaid(orderId);
  }

  async refundSucceeded(refund: SucceededRefund): Promise<void> {
    await this.orders.recordRefund(refund.orderId, refund.amountMinor, refund.actorId, refund.reason);
  }
}
