import { Injectable } from '@nestjs/common';
import { ReactTo, type RecordedEvent } from '@flagship/events';
import { OrderEvents } from '@flagship/orders';
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

  @ReactTo(OrderEvents.cancelled)
  async cancelled(event: RecordedEvent<typeof OrderEvents.cancelled>): Promise<void> {
    await this.parts.cancelUnpaid(event.subjectId);
  }
}
