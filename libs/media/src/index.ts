export { MediaModule } from './lib/media.module';
export { MediaStorage, sniffImageType, IMAGE_EXTENSIONS, type StoredMedia } from './lib/media-storage';
export { LocalMediaStorage } from './lib/local-media-storage';
