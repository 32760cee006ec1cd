import type { Readable } from 'node:stream';

export interface StoredMedia {
  stream: Readable;
  contentType: string;
  size: number;
}

/**
 * Where uploaded files live. Local disk under `.data/media` today; an object store (S3, GCS) later is
 * another implementation of this class, chosen in MediaModule.forRoot.
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
