import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@flagship/jobs';
import { RefundService } from './refund.service';

export const RETRY_REFUNDS_JOB = 'payments-retry-refunds';

/** Every minute: refunds the provider never answered about are asked again, with their own keys. */
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
    const { succeeded, failed, pending } = await this.refunds.retryPending();
    if (succeeded || failed || pending) this.logger.log(`Pending refunds retried: ${succeeded} succeeded, ${failed} declined, ${pending} still pending`);
  }
}
