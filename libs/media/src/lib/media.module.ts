import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { ImageStore } from './image-store';
import { LocalMediaStorage } from './local-media-storage';
import { MediaAssetCleanupJob } from './media-asset/media-asset-cleanup.job';
import { MediaAssetService } from './media-asset/media-asset.service';
import { MediaUploadController } from './media-asset/media-upload.controller';
import { MediaController } from './media.controller';
import { MediaStorage } from './media-storage';
import { S3MediaStorage, type S3MediaSettings } from './s3-media-storage';

/** Where the platform keeps media: a folder on local disk (the default), or an S3-compatible bucket. */
export type MediaStoreSettings = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3MediaSettings);

export function createMediaStorage(settings: MediaStoreSettings): MediaStorage {
  return settings.kind === 's3' ? new S3MediaStorage(settings) : new LocalMediaStorage(settings.dir);
}

@Global()
@Module({})
export class MediaModule implements OnApplicationShutdown {
  constructor(private readonly storage: MediaStorage) {}

  /** Media in the store `settings` names (the platform's default is `<DATA_DIR>/media`; decision 0027). */
  static forRoot(settings: MediaStoreSettings): DynamicModule {
    return {
      module: MediaModule,
      controllers: [MediaController, MediaUploadController],
      providers: [{ provide: MediaStorage, useValue: createMediaStorage(settings) }, ImageStore, MediaAssetService, MediaAssetCleanupJob],
      exports: [MediaStorage, ImageStore, MediaAssetService],
    };
  }

  onApplicationShutdown(): void {
    if (this.storage instanceof S3MediaStorage) this.storage.destroy();
  }
}
