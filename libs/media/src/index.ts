export { MediaModule, createMediaStorage, type MediaStoreSettings } from './lib/media.module';
export { MediaStorage, sniffImageType, isMediaKey, IMAGE_EXTENSIONS, type StoredMedia } from './lib/media-storage';
export { S3MediaStorage, type S3MediaSettings } from './lib/s3-media-storage';
export { LocalMediaStorage } from './lib/local-media-storage';
export { MAX_UPLOAD_BYTES, PRODUCT_PHOTO_RULES, processImage, type ImageRules } from './lib/image-pipeline';
export { IMAGE_WIDTHS, PIPELINE_VERSION, renderSvg, type ImageVariant, type ProcessedImage } from './lib/image-encoding';
export { ImageStore, imageSrcset, imageUrl, variantUrl, type StoredImage } from './lib/image-store';
export { Image } from './lib/image.type';
export { UPLOAD_CSRF_HEADER, readUpload, requireUploadHeader } from './lib/read-upload';
export { MediaAsset } from './lib/media-asset/media-asset.entity';
export { AVATAR_RULES, MEMBER_PHOTO_RULES, UNATTACHED_ASSET_TTL_MS, UPLOADS_PER_ACCOUNT, MediaAssetService, imageAlt } from './lib/media-asset/media-asset.service';
export { MEDIA_ASSET_CLEANUP_JOB, MediaAssetCleanupJob } from './lib/media-asset/media-asset-cleanup.job';

import { MediaAsset } from './lib/media-asset/media-asset.entity';
import { CreateMediaAsset1765000000000 } from './migrations/1765000000000-create-media-asset';

export const mediaEntities = [MediaAsset];
export const mediaMigrations = [CreateMediaAsset1765000000000];
