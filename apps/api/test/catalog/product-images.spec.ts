import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ProductImageService } from '@flagship/catalog';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { postUpload, servedImage, testPhoto, type UploadOptions } from '../support/images';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

interface Photo {
  id: string;
  url: string;
  alt: string;
  width: number;
  height: number;
  srcset: string;
  position: number;
}

const PHOTO_FIELDS = 'id url alt width height srcset position';

describe('product images', () => {
  let env: TestEnvironment;
  let categoryId: string;
  let jpeg: Buffer;
  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'tools'`);
    jpeg = await testPhoto(1000, 750, 'jpeg', { exif: true });
  });
  afterAll(() => env.close());

  /** A fresh draft product of the brand manager's, without photos. */
  async function newProduct(): Promise<{ id: string; slug: string }> {
    const sku = `PHOTO-${randomUUID().slice(0, 8)}`.toUpperCase();
    const { createProduct } = await env.as.manager.data<{ createProduct: { id: string; slug: string } }>(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { id slug } }`,
      { input: { name: `Photo test ${sku}`, description: 'For photo tests.', categoryId, currency: 'EUR', variants: [{ sku, name: 'Standard', priceMinor: 10_00, stock: 1 }] } },
    );
    return createProduct;
  }

  const upload = (productId: string, file: Buffer, options: UploadOptions & { client?: GraphQLTestClient } = {}) =>
    postUpload(env, options.client ?? env.as.manager, `/catalog/products/${productId}/images`, file, options);

  async function uploaded(productId: string, alt = 'A photo'): Promise<Photo> {
    const response = await upload(productId, jpeg, { alt });
    expect(response.status).toBe(201);
    return (await response.json()) as Photo;
  }

  const photosOf = async (slug: string) =>
    (await env.as.manager.data<{ product: { images: Photo[] } }>(`query($slug: String!) { product(slug: $slug) { images { ${PHOTO_FIELDS} } } }`, { slug })).product.images;
  const filesOf = (photo: Pick<Photo, 'srcset'>) => photo.srcset.split(', ').map((entry) => path.join(env.dataDir, entry.split(' ')[0]));
  const eventsOf = async (productId: string) =>
    (await env.dataSource.query(`SELECT type, payload FROM platform_event WHERE subject_id = $1 AND type LIKE 'catalog.product_image%' ORDER BY id`, [productId])) as { type: string; payload: Record<string, unknown> }[];

  it('stores an upload as WebP variants up to its own width, without its metadata, and lists it with size and srcset', async () => {
    const product = await newProduct();
    const photo = await uploaded(product.id, 'The multi-tool folded');
    const key = `/media/products/${product.id}/${photo.id}`;
    expect(photo).toEqual({
      id: photo.id,
      url: `${key}/1000.webp`,
      srcset: [320, 480, 640, 800, 960, 1000].map((w) => `${key}/${w}.webp ${w}w`).join(', '),
      alt: 'The multi-tool folded',
      width: 1000,
      height: 750,
      position: 0,
    });
    // Each variant is the width it claims, at the photo's proportions, and carries no EXIF (camera, GPS).
    for (const [width, height] of [[320, 240], [480, 360], [640, 480], [800, 600], [960, 720], [1000, 750]]) {
      expect(await servedImage(env, `${key}/${width}.webp`)).toEqual({ status: 200, contentType: 'image/webp', format: 'webp', width, height, exif: undefined, icc: undefined });
    }
    expect(await photosOf(product.slug)).toEqual([photo]);
    expect(await eventsOf(product.id)).toEqual([{ type: 'catalog.product_image_added', payload: { imageId: photo.id, position: 0 } }]);
  });

  it('never makes a variant wider than the upload, and accepts PNG and WebP', async () => {
    const product = await newProduct();
    const png = (await (await upload(product.id, await testPhoto(400, 300, 'png'), { name: 'small.png' })).json()) as Photo;
    expect(png.srcset).toBe(`/media/products/${product.id}/${png.id}/320.webp 320w, /media/products/${product.id}/${png.id}/400.webp 400w`);
    expect([png.width, png.height]).toEqual([400, 300]);
    const wide = (await (await upload(product.id, await testPhoto(2400, 1200, 'webp'))).json()) as Photo;
    expect(wide.srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['320w', '480w', '640w', '800w', '960w', '1280w', '1600w']);
    expect([wide.width, wide.height, wide.position]).toEqual([1600, 800, 1]);
    expect(wide.url).toMatch(/\/1280\.webp$/);
  });

  it('orders photos by position: reorder, choose the main photo, describe again', async () => {
    const product = await newProduct();
    const [a, b, c] = [await uploaded(product.id, 'A'), await uploaded(product.id, 'B'), await uploaded(product.id, 'C')];
    expect((await photosOf(product.slug)).map((p) => [p.alt, p.position])).toEqual([['A', 0], ['B', 1], ['C', 2]]);

    const reordered = await env.as.manager.data<{ reorderProductImages: { images: Photo[] } }>(
      `mutation($productId: ID!, $ids: [ID!]!) { reorderProductImages(productId: $productId, imageIds: $ids) { images { alt position } } }`,
      { productId: product.id, ids: [c.id, a.id, b.id] },
    );
    expect(reordered.reorderProductImages.images).toEqual([{ alt: 'C', position: 0 }, { alt: 'A', position: 1 }, { alt: 'B', position: 2 }]);

    const main = await env.as.manager.data<{ setMainProductImage: { images: Photo[] } }>(`mutation($id: ID!) { setMainProductImage(id: $id) { images { alt } } }`, { id: b.id });
    expect(main.setMainProductImage.images.map((p) => p.alt)).toEqual(['B', 'C', 'A']);

    const described = await env.as.manager.data<{ updateProductImage: Photo }>(`mutation($id: ID!) { updateProductImage(id: $id, alt: "  A closer look  ") { alt position } }`, { id: c.id });
    expect(described.updateProductImage).toEqual({ alt: 'A closer look', position: 1 });

    expect((await eventsOf(product.id)).slice(3)).toEqual([
      { type: 'catalog.product_images_reordered', payload: { imageIds: [c.id, a.id, b.id] } },
      { type: 'catalog.product_images_reordered', payload: { imageIds: [b.id, c.id, a.id] } },
      { type: 'catalog.product_image_changed', payload: { imageId: c.id } },
    ]);
  });

  it('refuses a reorder that does not list every photo once, and an empty text alternative', async () => {
    const product = await newProduct();
    const [a, b] = [await uploaded(product.id, 'A'), await uploaded(product.id, 'B')];
    const reorder = (ids: string[]) =>
      env.as.manager.request(`mutation($productId: ID!, $ids: [ID!]!) { reorderProductImages(productId: $productId, imageIds: $ids) { id } }`, { productId: product.id, ids });
    for (const ids of [[a.id], [a.id, a.id], [a.id, b.id, randomUUID()], [b.id, 'not-an-id']]) {
      expect(firstError(await reorder(ids))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'imageIds' });
    }
    expect(firstError(await env.as.manager.request(`mutation($id: ID!) { updateProductImage(id: $id, alt: " ") { id } }`, { id: a.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alt' });
    expect((await photosOf(product.slug)).map((p) => p.alt)).toEqual(['A', 'B']);
  });

  it('removes a photo and its files once committed; the next one becomes the main photo', async () => {
    const product = await newProduct();
    const [a, b] = [await uploaded(product.id, 'A'), await uploaded(product.id, 'B')];
    expect(filesOf(a).every((file) => existsSync(file))).toBe(true);
    await env.as.manager.data(`mutation($id: ID!) { removeProductImage(id: $id) }`, { id: a.id });
    expect(filesOf(a).some((file) => existsSync(file))).toBe(false);
    expect(existsSync(path.join(env.dataDir, 'media', 'products', product.id, a.id))).toBe(false);
    expect((await servedImage(env, a.url)).status).toBe(404);
    expect(await photosOf(product.slug)).toEqual([{ ...b, position: 0 }]);
    expect((await eventsOf(product.id)).at(-1)).toEqual({ type: 'catalog.product_image_removed', payload: { imageId: a.id } });
  });

  it('keeps the files while the removal is not committed (a failure at commit leaves row and files)', async () => {
    const product = await newProduct();
    const photo = await uploaded(product.id);
    // A deferred constraint trigger fails the transaction at COMMIT, after the row is deleted.
    await env.dataSource.query(`
      CREATE FUNCTION test_refuse_image_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$;
      CREATE CONSTRAINT TRIGGER test_refuse_image_delete AFTER DELETE ON product_image DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION test_refuse_image_delete();`);
    try {
      const result = await env.as.manager.request(`mutation($id: ID!) { removeProductImage(id: $id) }`, { id: photo.id });
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(filesOf(photo).every((file) => existsSync(file))).toBe(true);
      expect(await env.dataSource.query(`SELECT id FROM product_image WHERE id = $1`, [photo.id])).toHaveLength(1);
    } finally {
      await env.dataSource.query(`DROP TRIGGER test_refuse_image_delete ON product_image; DROP FUNCTION test_refuse_image_delete();`);
    }
    await env.as.manager.data(`mutation($id: ID!) { removeProductImage(id: $id) }`, { id: photo.id });
    expect(filesOf(photo).some((file) => existsSync(file))).toBe(false);
  });

  it.each([
    ['a file that is not an image', () => Buffer.from('<svg onload="alert(1)"></svg>'), {}, 400, 'file', /JPEG, PNG or WebP/],
    ['a damaged image', async () => (await testPhoto(600, 400)).subarray(0, 600), {}, 400, 'file', /could not be read/],
    ['an image too small to show', () => testPhoto(120, 90), {}, 400, 'file', /at least 200 × 200/],
    ['an image over 10 MB', async () => Buffer.concat([await testPhoto(600, 400, 'png'), Buffer.alloc(10 * 1024 * 1024)]), {}, 400, 'file', /up to 10 MB/],
    ['a photo without a description', () => testPhoto(600, 400), { alt: '  ' }, 400, 'alt', /Describe the photo/],
    ['a photo with no description field', () => testPhoto(600, 400), { alt: undefined }, 400, 'alt', /Describe the photo/],
  ])('refuses %s, storing nothing', async (_case, file, options, status, field, message) => {
    const product = await newProduct();
    const response = await upload(product.id, await file(), options);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { field?: string; message: string } };
    expect(body.error).toMatchObject({ field });
    expect(body.error.message).toMatch(message);
    expect(await photosOf(product.slug)).toEqual([]);
    expect(existsSync(path.join(env.dataDir, 'media', 'products', product.id))).toBe(false);
  });

  it('answers 404 for an unknown product, before reading the image', async () => {
    const response = await upload('00000000-0000-4000-8000-000000000000', jpeg);
    expect(response.status).toBe(404);
  });

  it('refuses consumers, visitors and requests without the upload header', async () => {
    const product = await newProduct();
    expect((await upload(product.id, jpeg, { client: env.as.consumer })).status).toBe(403);
    expect((await upload(product.id, jpeg, { client: env.visitor() })).status).toBe(401);
    expect((await upload(product.id, jpeg, { csrf: false })).status).toBe(403);
    const photo = await uploaded(product.id);
    for (const mutation of [
      [`mutation($id: ID!) { updateProductImage(id: $id, alt: "Mine now") { id } }`, { id: photo.id }],
      [`mutation($id: ID!) { setMainProductImage(id: $id) { id } }`, { id: photo.id }],
      [`mutation($productId: ID!, $ids: [ID!]!) { reorderProductImages(productId: $productId, imageIds: $ids) { id } }`, { productId: product.id, ids: [photo.id] }],
      [`mutation($id: ID!) { removeProductImage(id: $id) }`, { id: photo.id }],
    ] as const) {
      expect(firstError(await env.as.consumer.request(mutation[0], mutation[1]))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await photosOf(product.slug)).toEqual([photo]);
  });

  it('does not serve paths outside the media folder', async () => {
    expect((await fetch(`${env.baseUrl}/media/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${env.baseUrl}/media/products/x/..%2F..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('gives photos stored as one file (before variants) their variants, and drops one whose file is gone', async () => {
    const product = await newProduct();
    const [oldId, goneId] = [randomUUID(), randomUUID()];
    const oldKey = `products/${product.id}/${oldId}.png`;
    await mkdir(path.join(env.dataDir, 'media', 'products', product.id), { recursive: true });
    await writeFile(path.join(env.dataDir, 'media', oldKey), await testPhoto(700, 500, 'png'));
    await env.dataSource.query(`INSERT INTO product_image (id, product_id, storage_key, alt, position) VALUES ($1, $2, $3, 'Old', 0), ($4, $2, $5, 'Gone', 1)`, [
      oldId,
      product.id,
      oldKey,
      goneId,
      `products/${product.id}/${goneId}.jpg`,
    ]);
    expect(await env.app.get(ProductImageService).upgradeSingleFilePhotos()).toBe(2);
    const [photo, ...rest] = await photosOf(product.slug);
    expect(rest).toEqual([]);
    expect(photo).toMatchObject({ id: oldId, alt: 'Old', width: 700, height: 500, position: 0, url: `/media/products/${product.id}/${oldId}/700.webp` });
    expect(existsSync(path.join(env.dataDir, 'media', oldKey))).toBe(false);
    expect((await servedImage(env, photo.url)).width).toBe(700);
    expect(await env.app.get(ProductImageService).upgradeSingleFilePhotos()).toBe(0);
  });
});
