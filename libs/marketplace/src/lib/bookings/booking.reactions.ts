import { Injectable } from '@nestjs/common';
import { ReactTo, type RecordedEvent } from '@flagship/events';
import { OrderEvents } from '@flagship/orders';
import { BookingCheckoutService } from './booking-checkout.service';

/** Bookings follow the orders domain's own transactions: a refusal here refuses the checkout. */
@Injectable()
export class BookingReactions {
  constructor(private readonly checkout: BookingCheckoutService) {}

  @ReactTo(OrderEvents.placed)
  async placed(event: RecordedEvent<typeof OrderEvents.placed>): Promise<void> {
    await this.checkout.link(event.subjectId);
  }

  @ReactTo(OrderEvents.paid)
  async paid(event: RecordedEvent<typeof OrderEvents.paid>): Promise<void> {
    await this.checkout.markPaid(event.subjectId);
  }

  @ReactTo(OrderEvents.cancelled)
  async cancelled(event: RecordedEvent<typeof OrderEvents.cancelled>): Promise<void> {
    await this.checkout.release(event.subjectId);
  }
}
