import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ImageStore } from './image-store';
import { LocalMediaStorage } from './local-media-storage';
import { MediaAssetService } from './media-asset/media-asset.service';
import { MediaUploadController } from './media-asset/media-upload.controller';
import { MediaController } from './media.controller';
import { MediaStorage } from './media-storage';

@Global()
@Module({})
export class MediaModule {
  /** Media on local disk in `dir` (the platform uses `<DATA_DIR>/media`). */
  static forRoot(options: { dir: string }): DynamicModule {
    return {
      module: MediaModule,
      controllers: [MediaController, MediaUploadController],
      providers: [{ provide: MediaStorage, useValue: new LocalMediaStorage(options.dir) }, ImageStore, MediaAssetService],
      exports: [MediaStorage, ImageStore, MediaAssetService],
    };
  }
}
