import { Injectable } from '@nestjs/common';
import { ConsumeEvents, type RecordedEvent } from '@flagship/events';
import { RefundService } from '@flagship/payments';
import { OrderEvents } from '../orders.events';

/** The event feed consumer that gives back payments orders could not honour. */
export const UNHONOURED_PAYMENT_REFUNDS = 'orders-unhonoured-payment-refunds';

/**
 * Gives back, after commit, a payment its order could not honour (`order.payment_unhonoured`). Inside
 * the batch's transaction it only writes the refund request (PENDING, amount held, key fixed per
 * order), which commits with the consumer's position: a batch handed over again finds the request and
 * asks for nothing more. The provider is asked once the batch has committed; a process that stops
 * before that, or a provider that does not answer, leaves the request PENDING for the refund retry job,
 * and a declined one gets new attempts from that job (RefundService). No provider call holds rows.
 */
@Injectable()
export class UnhonouredPaymentRefunds {
  constructor(private readonly refunds: RefundService) {}

  @ConsumeEvents({ name: UNHONOURED_PAYMENT_REFUNDS, types: [OrderEvents.paymentUnhonoured] })
  async requestRefunds(events: RecordedEvent<typeof OrderEvents.paymentUnhonoured>[]): Promise<void> {
    for (const event of events) await this.refunds.requestRefundInFull(event.subjectId, event.payload.reason);
  }
}
