import { existsSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_WIDTHS } from '@flagship/media';
import { firstError } from '@flagship/testing';
import { postUpload, servedImage, testPhoto } from '../support/images';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

type Image = { url: string; alt: string; width: number; height: number; srcset: string };

describe('brand images', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const brandImages = async () => (await env.visitor().data<{ brand: { logo: Image | null; heroImage: Image | null } }>(`{ brand { logo { url alt width height srcset } heroImage { url alt width height srcset } } }`)).brand;
  const filesOf = (image: Image) => image.srcset.split(', ').map((entry) => path.join(env.dataDir, entry.split(' ')[0]));

  it('replaces the hero image with an upload, and deletes the old one’s files once that is committed', async () => {
    const before = (await brandImages()).heroImage!;
    expect(filesOf(before).every((file) => existsSync(file))).toBe(true);
    const response = await postUpload(env, env.as.manager, '/brand/images/hero', await testPhoto(2000, 800), { alt: 'Riders on a ridge at dusk' });
    expect(response.status).toBe(201);
    const { heroImage } = await brandImages();
    expect(heroImage).toMatchObject({ alt: 'Riders on a ridge at dusk', width: 1600, height: 640 });
    expect(heroImage!.srcset.split(', ')).toHaveLength(IMAGE_WIDTHS.length);
    expect(await servedImage(env, heroImage!.url)).toMatchObject({ status: 200, format: 'webp', width: 1280, height: 512 });
    expect(filesOf(before).some((file) => existsSync(file))).toBe(false);
    const events = await env.dataSource.query(`SELECT type, payload FROM platform_event WHERE type LIKE 'brand.%' ORDER BY id DESC LIMIT 1`);
    expect(events).toEqual([{ type: 'brand.image_changed', payload: { slot: 'HERO' } }]);
  });

  it('removes the logo and its files', async () => {
    const logo = (await brandImages()).logo!;
    expect(await env.as.manager.data(`mutation { removeBrandImage(slot: LOGO) { name } }`)).toEqual({ removeBrandImage: { name: 'Ridgeline Cycles' } });
    expect((await brandImages()).logo).toBeNull();
    expect(filesOf(logo).some((file) => existsSync(file))).toBe(false);
    expect(firstError(await env.as.manager.request(`mutation { removeBrandImage(slot: LOGO) { name } }`))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await postUpload(env, env.as.manager, '/brand/images/logo', await testPhoto(256, 256, 'png'), { alt: 'Ridgeline logo' })).status).toBe(201);
    expect((await brandImages()).logo).toMatchObject({ alt: 'Ridgeline logo', width: 256, height: 256, url: expect.stringMatching(/\/256\.webp$/) });
  });

  it.each([
    ['a hero too narrow to fill a screen', '/brand/images/hero', () => testPhoto(800, 400), { alt: 'Narrow' }, 400, 'file'],
    ['an image without a description', '/brand/images/logo', () => testPhoto(256, 256), { alt: ' ' }, 400, 'alt'],
  ])('refuses %s', async (_case, route, file, options, status, field) => {
    const before = await brandImages();
    const response = await postUpload(env, env.as.manager, route, await file(), options);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe(field);
    expect(await brandImages()).toEqual(before);
  });

  it('is for brand managers only, and only at the two slots', async () => {
    const before = await brandImages();
    const logo = await testPhoto(256, 256);
    expect((await postUpload(env, env.as.consumer, '/brand/images/logo', logo)).status).toBe(403);
    expect((await postUpload(env, env.as.vendor, '/brand/images/logo', logo)).status).toBe(403);
    expect((await postUpload(env, env.visitor(), '/brand/images/logo', logo)).status).toBe(401);
    expect((await postUpload(env, env.as.manager, '/brand/images/logo', logo, { csrf: false })).status).toBe(403);
    expect((await postUpload(env, env.as.manager, '/brand/images/banner', logo)).status).toBe(400);
    expect(firstError(await env.as.vendor.request(`mutation { removeBrandImage(slot: HERO) { name } }`))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await brandImages()).toEqual(before);
  });
});
