import sharp from 'sharp';
import type { GraphQLTestClient } from '@flagship/testing';
import type { TestEnvironment } from './test-environment';

/**
 * A photo-like test image: a gradient with a disc, so that variants differ in content as well as size.
 * With `exif`, it carries camera metadata and a GPS position, as a phone's photo does.
 */
export async function testPhoto(width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg', options: { exif?: boolean } = {}): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#2f5d50"/><stop offset="1" stop-color="#e8c07d"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#c4572e"/></svg>`;
  let image = sharp(Buffer.from(svg)).flatten({ background: '#ffffff' });
  if (options.exif) {
    image = image.withExif({ IFD0: { Make: 'TestCam', Model: 'Phone 1', Copyright: 'A rider' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 8/1 0/1' } });
  }
  return image.toFormat(format).toBuffer();
}

export interface UploadOptions {
  alt?: string;
  csrf?: boolean;
  name?: string;
}

/** POSTs a multipart upload (`file` + `alt`) the way the storefront does. */
export function postUpload(env: TestEnvironment, client: GraphQLTestClient, path: string, file: Buffer, options: UploadOptions = {}) {
  const form = new FormData();
  if (options.alt !== undefined || !('alt' in options)) form.set('alt', options.alt ?? 'A test photo');
  form.set('file', new Blob([new Uint8Array(file)]), options.name ?? 'photo.jpg');
  return fetch(`${env.baseUrl}${path}`, {
    method: 'POST',
    body: form,
    headers: { ...(options.csrf === false ? {} : { 'x-flagship-upload': '1' }), ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}) },
  });
}

/** The pixel size and format of a served image. */
export async function servedImage(env: TestEnvironment, url: string) {
  const response = await fetch(`${env.baseUrl}${url}`);
  if (response.status !== 200) return { status: response.status };
  const data = Buffer.from(await response.arrayBuffer());
  const { width, height, format, exif, icc } = await sharp(data).metadata();
  return { status: 200, contentType: response.headers.get('content-type'), width, height, format, exif, icc };
}
