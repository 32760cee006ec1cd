import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { MediaStorage, isMediaKey, type StoredMedia } from './media-storage';

/** Where an S3-compatible store is and how to sign in to it (`MEDIA_STORE=s3` and the `S3_*` settings). */
export interface S3MediaSettings {
  /** The store's address, e.g. `https://s3.eu-central-1.amazonaws.com` or a MinIO's; unset means AWS's own for the region. */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://endpoint/bucket/key` rather than `https://bucket.endpoint/key` (MinIO and most self-hosted stores). */
  forcePathStyle: boolean;
}

/**
 * Files in an S3-compatible bucket, under the same keys as on disk. The bucket stays private: `/media`
 * streams each file from it, so URLs, caching headers and `nosniff` are the same whatever the store.
 */
export class S3MediaStorage extends MediaStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3MediaSettings) {
    super();
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    if (!isMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
    // If-None-Match: * makes the store refuse to replace an object (AWS, MinIO, R2); keys carry a random
    // id anyway, so a store that ignores the header overwrites nothing in practice.
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: data, ContentType: contentType, IfNoneMatch: '*' }));
  }

  async read(key: string): Promise<StoredMedia | undefined> {
    if (!isMediaKey(key)) return undefined;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      if (!object.Body) return undefined;
      return { stream: object.Body as Readable, size: object.ContentLength ?? 0, contentType: object.ContentType ?? 'application/octet-stream' };
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) return undefined;
      throw error;
    }
  }

  /** Deleting a key that is not there is no error (S3 answers 204 either way). */
  async delete(key: string): Promise<void> {
    if (!isMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  /** Closes the client's sockets (at shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}
