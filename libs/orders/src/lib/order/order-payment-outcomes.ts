import { Injectable } from '@nestjs/common';
import { ProductVariantService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import type { PaymentOutcomes } from '@flagship/payments';
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

  async refundedAutomatically(orderId: string, amountMinor: number): Promise<void> {
    await this.orders.recordRefund(orderId, amountMinor, null, 'reservation expired and the stock went to another buyer');
  }
}
