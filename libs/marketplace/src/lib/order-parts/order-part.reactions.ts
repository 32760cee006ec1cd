import { Injectable } from '@nestjs/common';
import { ReactTo, type RecordedEvent } from '@flagship/events';
import { SellerKind } from '@flagship/catalog';
import { OrderEvents } from '@flagship/orders';
import { PaymentEvents } from '@flagship/payments';
import { OrderPartStatus } from './order-part.entity';
import { OrderPartService } from './order-part.service';

/** The marketplace follows the orders domain's own transactions: parts are split, paid and cancelled with their order. */
@Injectable()
export class OrderPartReactions {
  constructor(private readonly parts: OrderPartService) {}

  @ReactTo(OrderEvents.placed)
  async placed(event: RecordedEvent<typeof OrderEvents.placed>): Promise<void> {
    await this.parts.split(event.subjectId);
  }

  @ReactTo(OrderEvents.paid)
  async paid(event: RecordedEvent<typeof OrderEvents.paid>): Promise<void> {
    // A cancelled order paid late and reserved again comes back through here: its parts reopen first.
    await this.parts.reopen(event.subjectId);
    await this.parts.markPaid(event.subjectId);
  }

  /** A brand manager fulfilled the order (the brand's own goods sent): the brand's part is FULFILLED with it. */
  @ReactTo(OrderEvents.fulfilled)
  async fulfilled(event: RecordedEvent<typeof OrderEvents.fulfilled>): Promise<void> {
    const brandPart = (await this.parts.lockParts(event.subjectId)).find((part) => part.sellerKind === SellerKind.BRAND && part.status === OrderPartStatus.PAID);
    if (brandPart) await this.parts.fulfil(brandPart.id, event.actorId);
  }

  @ReactTo(OrderEvents.cancelled)
  async cancelled(event: RecordedEvent<typeof OrderEvents.cancelled>): Promise<void> {
    await this.parts.cancelUnpaid(event.subjectId);
  }

  /**
   * A refund succeeded: in the transaction that marks it so (and in which orders records
   * `order.refunded`), the parts it belongs to are reversed in the ledger. Should the reversal fail,
   * the refund's success rolls back with it: the refund stays PENDING and payments' retry job asks again.
   */
  @ReactTo(PaymentEvents.refunded)
  async refunded(event: RecordedEvent<typeof PaymentEvents.refunded>): Promise<void> {
    await this.parts.recordRefund(event.subjectId);
  }
}
