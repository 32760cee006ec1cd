import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@flagship/jobs';
import { MediaAssetService, UNATTACHED_ASSET_TTL_MS } from './media-asset.service';

export const MEDIA_ASSET_CLEANUP_JOB = 'media-asset-cleanup';

/**
 * Every hour, one process removes the uploads that nothing used within a day (a form left unsent), rows
 * and files, so abandoned photos neither fill the disk nor stay readable at their URL for long.
 */
@Injectable()
export class MediaAssetCleanupJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(MediaAssetCleanupJob.name);

  constructor(
    private readonly assets: MediaAssetService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.every(MEDIA_ASSET_CLEANUP_JOB, '23 * * * *', () => this.run(), { coalesce: true });
  }

  /** Removes what was uploaded before `now` minus a day and never attached; returns how many. */
  async run(now = new Date()): Promise<number> {
    const removed = await this.assets.removeUnattached(new Date(now.getTime() - UNATTACHED_ASSET_TTL_MS));
    if (removed) this.logger.log(`Removed ${removed} uploads never used`);
    return removed;
  }
}
