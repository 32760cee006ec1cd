import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { GraphQLTestClient } from '@flagship/testing';
import { postUpload, servedImage, testPhoto, type UploadOptions } from '../support/images';
import { createShoppers } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

interface Uploaded {
  id: string;
  url: string;
  srcset: string;
  alt: string;
  width: number;
  height: number;
}

type Refusal = { error: { code: string; field?: string; message: string } };

/** The chunk types of a WebP (RIFF) file: VP8/VP8L/VP8X/ALPH carry pixels; EXIF, XMP and ICCP would carry metadata. */
function webpChunks(data: Buffer): string[] {
  expect(data.toString('ascii', 0, 4)).toBe('RIFF');
  expect(data.toString('ascii', 8, 12)).toBe('WEBP');
  const chunks: string[] = [];
  for (let offset = 12; offset + 8 <= data.length; ) {
    const size = data.readUInt32LE(offset + 4);
    chunks.push(data.toString('ascii', offset, offset + 4));
    offset += 8 + size + (size % 2);
  }
  return chunks;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid PNG of `width` × `height` black pixels, 1 bit each: every row deflates to almost nothing, so
 * 20,000 × 20,000 pixels (400 megapixels, over a gigabyte once decoded to RGB) fit in about 60 KB.
 */
function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // filter byte 0, then zeros
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

describe('the image pipeline, through POST /uploads/images', () => {
  let env: TestEnvironment;
  // Booting the app and seeding the demo takes a while on a busy machine.
  beforeAll(async () => {
    env = await createTestEnvironment();
  }, 180_000);
  afterAll(() => env?.close());

  const upload = (file: Buffer, options: UploadOptions & { client?: GraphQLTestClient } = {}) => postUpload(env, options.client ?? env.as.consumer, '/uploads/images', file, options);
  const accountIdOf = async (client: GraphQLTestClient) => (await client.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
  /** The stored files of an upload, read from the media folder (not through /media). */
  const storedFiles = (image: Uploaded) => image.srcset.split(', ').map((entry) => path.join(env.dataDir, entry.split(' ')[0]));
  const assetsOf = async (ownerId: string) => Number((await env.dataSource.query(`SELECT count(*) AS n FROM media_asset WHERE owner_id = $1`, [ownerId]))[0].n);

  it('keeps no EXIF (camera, GPS position), XMP or ICC profile of a phone photo: the stored bytes carry pixels only', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Secret Rider</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>';
    const photo = await sharp(await testPhoto(1200, 800, 'png'))
      .withExif({ IFD0: { Make: 'TestCam', Model: 'Phone 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 24/1 36/1' } })
      .withIccProfile('p3')
      .withXmp(xmp)
      .jpeg()
      .toBuffer();
    // The upload really carries all three, GPS included (else this test could not fail).
    const sent = await sharp(photo).metadata();
    expect([sent.exif?.includes('GPS') || sent.exif?.includes(Buffer.from([0x25, 0x88])), sent.xmp?.toString().includes('Secret Rider'), sent.icc !== undefined]).toEqual([true, true, true]);
    expect(photo.includes('TestCam')).toBe(true);

    const response = await upload(photo, { name: 'IMG_0042.jpg', alt: 'My bike at the lake' });
    expect(response.status).toBe(201);
    const image = (await response.json()) as Uploaded;
    expect([image.width, image.height]).toEqual([1200, 800]);
    const files = storedFiles(image);
    expect(files).toHaveLength(6);
    for (const file of files) {
      const bytes = await readFile(file);
      expect(webpChunks(bytes).every((chunk) => ['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(chunk))).toBe(true);
      for (const trace of ['TestCam', 'Secret Rider', 'Exif', 'xmpmeta', 'ICCP', 'GPS']) expect(bytes.includes(trace)).toBe(false);
      const stored = await sharp(bytes).metadata();
      expect([stored.format, stored.exif, stored.xmp, stored.icc]).toEqual(['webp', undefined, undefined, undefined]);
    }
    // And served the same way.
    const served = await servedImage(env, image.url);
    expect([served.status, served.exif, served.icc]).toEqual([200, undefined, undefined]);
  });

  it('turns a photo upright by its EXIF orientation before dropping the tag', async () => {
    // 600 × 400 as stored by the camera: top half red, bottom half blue; orientation 6 means "rotate 90° clockwise to view".
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="200" fill="#ff0000"/><rect y="200" width="600" height="200" fill="#0000ff"/></svg>`;
    const sideways = await sharp(Buffer.from(svg)).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);

    const image = (await (await upload(sideways, { alt: 'Sideways' })).json()) as Uploaded;
    expect([image.width, image.height]).toEqual([400, 600]);
    const stored = await readFile(storedFiles(image).at(-1)!);
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3));
    // Viewed upright, the red top edge is now on the right and the blue on the left.
    const [right, left] = [pixel(300, 300), pixel(100, 300)];
    expect(right[0]).toBeGreaterThan(200);
    expect(right[2]).toBeLessThan(60);
    expect(left[2]).toBeGreaterThan(200);
    expect(left[0]).toBeLessThan(60);
    expect((await sharp(stored).metadata()).orientation).toBeUndefined();
  });

  it.each([
    ['a text file named .jpg', 'holiday.jpg', () => Buffer.from('Not a photo at all, only words pretending to be one.'), /JPEG, PNG or WebP/],
    ['an SVG (it can carry script)', 'drawing.svg', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" onload="alert(1)"><script>alert(2)</script></svg>'), /JPEG, PNG or WebP/],
    ['an HTML page named .png', 'photo.png', () => Buffer.from('<!doctype html><img src=x onerror=alert(1)>'), /JPEG, PNG or WebP/],
  ])('refuses %s with BAD_USER_INPUT on file, storing nothing', async (_case, name, file, message) => {
    const ownerId = await accountIdOf(env.as.consumer);
    const before = await assetsOf(ownerId);
    const response = await upload(file(), { name });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as Refusal;
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(error.message).toMatch(message);
    expect(await assetsOf(ownerId)).toBe(before);
  });

  it('refuses a 20,000 × 20,000 pixel PNG from its header, before decoding it: memory stays flat', async () => {
    const bomb = pngBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200 * 1024);
    // A real image of that size, as any decoder reads the header.
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: 'png', width: 20_000, height: 20_000 });

    const ownerId = await accountIdOf(env.as.consumer);
    const before = await assetsOf(ownerId);
    const rssBefore = process.memoryUsage().rss;
    const response = await upload(bomb, { name: 'huge.png' });
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as Refusal;
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(error.message).toMatch(/too large: up to 40 megapixels/);
    // Decoding would take 400 MB at one byte a pixel (1.2 GB in RGB); the API (in this process) grew by far less.
    expect(rssGrowth).toBeLessThan(100 * 1024 * 1024);
    expect(await assetsOf(ownerId)).toBe(before);
  });

  it('counts uploads per account: the 61st within an hour is refused with RATE_LIMITED and Retry-After, for that account only', async () => {
    const [member] = await createShoppers(env, 1, []);
    // Refused uploads count too (decoding is the cost): 60 without a description use up the hour.
    for (let i = 0; i < 60; i++) expect((await upload(Buffer.from('x'), { client: member, alt: ' ' })).status).toBe(400);
    const photo = await testPhoto(400, 300);
    const refused = await upload(photo, { client: member });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(((await refused.json()) as Refusal).error).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await postUpload(env, member, '/uploads/avatar', photo)).status).toBe(429);
    expect((await upload(photo, { client: env.as.vendor })).status).toBe(201);
  });
});
