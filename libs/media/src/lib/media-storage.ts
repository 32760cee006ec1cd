import type { Readable } from 'node:stream';

export interface StoredMedia {
  stream: Readable;
  contentType: string;
  size: number;
}

/**
 * Where uploaded files live: local disk under `<DATA_DIR>/media` by default, or an S3-compatible bucket
 * (`MEDIA_STORE=s3`), chosen in MediaModule.forRoot (decision 0027).
 */
export abstract class MediaStorage {
  /** Stores `data` under `key` (e.g. `products/<id>/<uuid>.jpg`); overwrites nothing it did not write. */
  abstract put(key: string, data: Buffer, contentType: string): Promise<void>;
  abstract read(key: string): Promise<StoredMedia | undefined>;
  abstract delete(key: string): Promise<void>;
}

/** Image types the platform accepts, recognised by their first bytes rather than the client's word. */
export function sniffImageType(data: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length >= 12 && data.toString('ascii', 0, 4) === 'RIFF' && data.toString('ascii', 8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

export const IMAGE_EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** `<folder>/<name>/…`: letters, digits, dots, dashes; never `..`, never absolute. */
const KEY_PATTERN = /^[a-z0-9-]+(\/[a-zA-Z0-9._-]+)+$/;

/** Whether `key` is one the platform could have written (so none can point outside its folder or bucket). */
export function isMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !key.includes('..');
}
