import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@flagship/jobs';
import { UsedSaleService } from './used-sale.service';

export const RELEASE_HELD_FUNDS_JOB = 'marketplace-release-held-funds';

/** Every five minutes: used-item sales whose claim window passed without a claim pay their sellers (UsedSaleService.releaseDue). */
@Injectable()
export class ReleaseHeldFundsJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReleaseHeldFundsJob.name);

  constructor(
    private readonly sales: UsedSaleService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(RELEASE_HELD_FUNDS_JOB, '*/5 * * * *', () => this.run());
  }

  async run(now = new Date()): Promise<string[]> {
    const released = await this.sales.releaseDue(now);
    if (released.length) this.logger.log(`Released the held funds of ${released.length} used-item sales`);
    return released;
  }
}
