import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TransactionalConnection } from '@flagship/database';
import { JobQueue } from '@flagship/jobs';
import { BuildService } from './build.service';

export const EXPIRE_BUILDS_JOB = 'community-expire-builds';

/** Every five minutes: builds that missed their stage's window expire (BuildService.expireDue). */
@Injectable()
export class BuildExpiryJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(BuildExpiryJob.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly builds: BuildService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(EXPIRE_BUILDS_JOB, '*/5 * * * *', () => this.run());
  }

  async run(now = new Date()): Promise<string[]> {
    const expired = await this.connection.withTransaction(() => this.builds.expireDue(now));
    if (expired.length) this.logger.log(`Expired ${expired.length} builds that missed their support window`);
    return expired;
  }
}
