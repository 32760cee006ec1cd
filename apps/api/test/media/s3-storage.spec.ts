import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { MediaAssetCleanupJob, MediaStorage, S3MediaStorage, type S3MediaSettings } from '@flagship/media';
import { postUpload, servedImage, testPhoto } from '../support/images';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * MEDIA_STORE=s3 against s3rver, an S3-compatible server from the npm registry running in this
 * process (path-style addressing, signature v4, as MinIO and most self-hosted stores).
 */
describe('media in an S3-compatible store', () => {
  let server: S3rver;
  let folder: string;
  let settings: S3MediaSettings;
  let s3: S3Client;
  let env: TestEnvironment;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'flagship-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: folder, configureBuckets: [{ name: 'flagship-media', configs: [] }] });
    const { port } = await server.run();
    settings = {
      endpoint: `http://127.0.0.1:${port}`,
      bucket: 'flagship-media',
      region: 'eu-central-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    };
    s3 = new S3Client({ endpoint: settings.endpoint, region: settings.region, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    env = await createTestEnvironment({ s3Media: settings });
  }, 180_000);
  afterAll(async () => {
    await env?.close();
    s3?.destroy();
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const inBucket = async (key: string) =>
    s3.send(new HeadObjectCommand({ Bucket: 'flagship-media', Key: key })).then(
      (head) => ({ contentType: head.ContentType, size: head.ContentLength }),
      () => undefined,
    );

  it('is the store MEDIA_STORE=s3 picks: the demo’s product photos are in the bucket, not on disk', async () => {
    expect(env.app.get(MediaStorage)).toBeInstanceOf(S3MediaStorage);
    const [photo] = await env.dataSource.query(`SELECT storage_key, widths FROM product_image ORDER BY storage_key LIMIT 1`);
    const key = `${photo.storage_key}/${photo.widths[0]}.webp`;
    expect(await inBucket(key)).toMatchObject({ contentType: 'image/webp' });
    expect(existsSync(path.join(env.dataDir, 'media'))).toBe(false);
  });

  it('stores an upload’s variants in the bucket and serves them at /media, streamed from the store', async () => {
    const response = await postUpload(env, env.as.consumer, '/uploads/images', await testPhoto(700, 500, 'jpeg', { exif: true }), { alt: 'In the bucket' });
    expect(response.status).toBe(201);
    const image = (await response.json()) as { id: string; url: string; srcset: string };
    const keys = image.srcset.split(', ').map((entry) => entry.split(' ')[0].replace(/^\/media\//, ''));
    expect(keys).toHaveLength(4);
    for (const key of keys) expect(await inBucket(key)).toMatchObject({ contentType: 'image/webp', size: expect.any(Number) });

    const served = await fetch(`${env.baseUrl}${image.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await served.arrayBuffer());
    const stored = await s3.send(new GetObjectCommand({ Bucket: 'flagship-media', Key: keys.at(-1)! }));
    expect(bytes.equals(Buffer.from(await stored.Body!.transformToByteArray()))).toBe(true);
    expect(Number(served.headers.get('content-length'))).toBe(bytes.length);
    const { width, exif } = await servedImage(env, image.url);
    expect([width, exif]).toEqual([700, undefined]);

    expect((await fetch(`${env.baseUrl}/media/uploads/nobody/nothing/320.webp`)).status).toBe(404);
    expect((await fetch(`${env.baseUrl}/media/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it('removes the objects of an upload the cleanup takes', async () => {
    const response = await postUpload(env, env.as.vendor, '/uploads/images', await testPhoto(400, 300), { alt: 'Soon gone' });
    const image = (await response.json()) as { id: string; url: string };
    const key = image.url.replace(/^\/media\//, '');
    expect(await inBucket(key)).toBeDefined();
    await env.dataSource.query(`UPDATE media_asset SET created_at = now() - interval '2 days' WHERE id = $1`, [image.id]);
    expect(await env.app.get(MediaAssetCleanupJob).run()).toBe(1);
    expect(await inBucket(key)).toBeUndefined();
    expect((await fetch(`${env.baseUrl}${image.url}`)).status).toBe(404);
  });

  it('S3MediaStorage: puts, reads and deletes by key; refuses keys that could leave the media folder', async () => {
    const storage = new S3MediaStorage(settings);
    try {
      await storage.put('tests/s3/a.webp', Buffer.from('webp bytes'), 'image/webp');
      const media = await storage.read('tests/s3/a.webp');
      expect(media).toMatchObject({ contentType: 'image/webp', size: 10 });
      expect(await text(media!.stream)).toBe('webp bytes');
      await storage.delete('tests/s3/a.webp');
      expect(await storage.read('tests/s3/a.webp')).toBeUndefined();
      await storage.delete('tests/s3/a.webp');
      for (const key of ['../etc/passwd', 'tests/../../x.webp', '/abs/path.webp', 'tests']) {
        await expect(storage.put(key, Buffer.from('x'), 'image/webp')).rejects.toThrow(/Invalid media key/);
        expect(await storage.read(key)).toBeUndefined();
      }
    } finally {
      storage.destroy();
    }
  });
});
