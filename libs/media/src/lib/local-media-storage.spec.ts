import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalMediaStorage } from './local-media-storage';
import { sniffImageType } from './media-storage';

describe('LocalMediaStorage', () => {
  let root: string;
  let storage: LocalMediaStorage;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'flagship-media-'));
    storage = new LocalMediaStorage(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('stores, reads and deletes a file by key', async () => {
    await storage.put('products/p1/a.png', Buffer.from('png bytes'), 'image/png');
    const media = await storage.read('products/p1/a.png');
    expect(media).toMatchObject({ contentType: 'image/png', size: 9 });
    expect(await text(media!.stream)).toBe('png bytes');
    await storage.delete('products/p1/a.png');
    expect(await storage.read('products/p1/a.png')).toBeUndefined();
  });

  it('never overwrites an existing file', async () => {
    await storage.put('products/p2/b.jpg', Buffer.from('one'), 'image/jpeg');
    await expect(storage.put('products/p2/b.jpg', Buffer.from('two'), 'image/jpeg')).rejects.toThrow();
  });

  it.each(['../etc/passwd', 'products/../../x.png', '/abs/path.png', 'products'])('refuses the key %s', async (key) => {
    await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow(/Invalid media key/);
    expect(await storage.read(key)).toBeUndefined();
  });
});

describe('sniffImageType', () => {
  it('recognises JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('<svg onload="alert(1)">'))).toBeUndefined();
  });
});
