import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@flagship/jobs';
import { RateLimiter } from './rate-limiter.service';

export const PURGE_RATE_LIMITS_JOB = 'rate-limits-purge';

/** Every 10 minutes, one process deletes the rate-limit windows that have ended, so the table stays small. */
@Injectable()
export class RateLimitsPurgeJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(RateLimitsPurgeJob.name);

  constructor(
    private readonly limiter: RateLimiter,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(PURGE_RATE_LIMITS_JOB, '*/10 * * * *', () => this.run());
  }

  async run(): Promise<void> {
    const purged = await this.limiter.purgeEnded();
    if (purged) this.logger.debug(`Purged ${purged} ended rate-limit windows`);
  }
}
