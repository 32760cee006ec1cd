import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@flagship/jobs';
import { BookingService } from './booking.service';

export const EXPIRE_BOOKING_HOLDS_JOB = 'marketplace-expire-booking-holds';

/** Every minute: unpaid holds past their time expire and their seats go back to the slots. */
@Injectable()
export class BookingHoldExpiryJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(BookingHoldExpiryJob.name);

  constructor(
    private readonly bookings: BookingService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(EXPIRE_BOOKING_HOLDS_JOB, '* * * * *', () => this.run());
  }

  async run(now = new Date()): Promise<string[]> {
    const expired = await this.bookings.expireDue(now);
    if (expired.length) this.logger.log(`Expired ${expired.length} unpaid booking holds`);
    return expired;
  }
}
