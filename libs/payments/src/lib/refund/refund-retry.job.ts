import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@flagship/jobs';
import { RefundService } from './refund.service';

export const RETRY_REFUNDS_JOB = 'payments-retry-refunds';

/**
 * Every minute: refunds the provider never answered about (or that nobody asked it about: the process
 * stopped first) are asked again, with their own keys; automatic refunds it declined get a new attempt
 * once their back-off has passed.
 */
@Injectable()
export class RefundRetryJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(RefundRetryJob.name);

  constructor(
    private readonly refunds: RefundService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(RETRY_REFUNDS_JOB, '* * * * *', () => this.run());
  }

  async run(): Promise<void> {
    const pending = await this.refunds.retryPending();
    if (pending.succeeded || pending.failed || pending.pending) {
      this.logger.log(`Pending refunds retried: ${pending.succeeded} succeeded, ${pending.failed} declined, ${pending.pending} still pending`);
    }
    const declined = await this.refunds.retryDeclinedInFull();
    if (declined.succeeded || declined.failed || declined.pending) {
      this.logger.log(`Declined automatic refunds tried again: ${declined.succeeded} succeeded, ${declined.failed} declined, ${declined.pending} pending`);
    }
  }
}
