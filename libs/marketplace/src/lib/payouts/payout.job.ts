import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@flagship/jobs';
import { PayoutReversalService } from './payout-reversal.service';
import { PayoutService } from './payout.service';

export const SEND_PAYOUTS_JOB = 'marketplace-send-payouts';

/** Every minute: due parts are paid out, payouts asked about again, and refunded payouts reversed (decision 0041). */
@Injectable()
export class PayoutJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(PayoutJob.name);

  constructor(
    private readonly payouts: PayoutService,
    private readonly reversals: PayoutReversalService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(SEND_PAYOUTS_JOB, '* * * * *', () => this.run());
  }

  async run(now = new Date()): Promise<void> {
    const sent = await this.payouts.run({ now });
    if (sent.SENT || sent.FAILED || sent.PENDING) this.logger.log(`Payouts: ${sent.SENT} sent, ${sent.FAILED} declined, ${sent.PENDING} waiting for the provider, ${sent.BLOCKED} blocked`);
    const reversed = await this.reversals.run(now);
    if (reversed.reversed || reversed.failed || reversed.pending) this.logger.log(`Payout reversals: ${reversed.reversed} done, ${reversed.failed} declined, ${reversed.pending} pending`);
  }
}
