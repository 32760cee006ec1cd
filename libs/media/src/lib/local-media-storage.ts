import { createReadStream } from 'node:fs';
import { mkdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MediaStorage, isMediaKey, type StoredMedia } from './media-storage';

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

/** Files on local disk. Keys are checked so that none can point outside the root folder. */
export class LocalMediaStorage extends MediaStorage {
  constructor(private readonly root: string) {
    super();
  }

  // The content type is implied by the key's extension on disk; object stores would keep it as metadata.
  async put(key: string, data: Buffer, _contentType: string): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data, { flag: 'wx' });
  }

  async read(key: string): Promise<StoredMedia | undefined> {
    if (!isMediaKey(key)) return undefined;
    const file = this.fileOf(key);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    return { stream: createReadStream(file), size: info.size, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' };
  }

  async delete(key: string): Promise<void> {
    const file = this.fileOf(key);
    await rm(file, { force: true });
    // An image's variants share a folder: the last one out removes it (a folder still in use stays).
    await rmdir(path.dirname(file)).catch(() => undefined);
  }

  private fileOf(key: string): string {
    if (!isMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
    return path.join(this.root, key);
  }
}
