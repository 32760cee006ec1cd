import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@flagship/jobs';
import { OrderPartRefundService } from './order-part-refund.service';

export const RETRY_ORPHANED_PART_REFUNDS_JOB = 'marketplace-retry-orphaned-part-refunds';

/**
 * Every five minutes: part refunds written (step 1) whose process stopped before the payments side's
 * refund existed are asked for again with their own keys, so their amount never stays held on the part.
 * Refunds that exist are payments' retry job's (payments-retry-refunds).
 */
@Injectable()
export class OrderPartRefundSweepJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrderPartRefundSweepJob.name);

  constructor(
    private readonly refunds: OrderPartRefundService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(RETRY_ORPHANED_PART_REFUNDS_JOB, '*/5 * * * *', () => this.run());
  }

  async run(before?: Date): Promise<void> {
    const { asked, failed } = await this.refunds.retryOrphaned(before);
    if (asked || failed) this.logger.log(`Part refunds without a payment refund asked again: ${asked} asked, ${failed} refused or unanswered`);
  }
}
