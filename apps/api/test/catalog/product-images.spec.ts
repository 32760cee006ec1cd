import { existsSync } from 'node:fs';
import path from 'node:path';
import { GraphQLTestClient } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

// The smallest valid PNG: 1x1 transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('product images', () => {
  let env: TestEnvironment;
  let productId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: productId }] = await env.dataSource.query(`SELECT id FROM product WHERE slug = 'ridgeline-multitool'`);
  });
  afterAll(() => env.close());

  function upload(client: GraphQLTestClient, file: Buffer, options: { alt?: string; csrf?: boolean; id?: string } = {}) {
    const form = new FormData();
    form.set('alt', options.alt ?? 'The multi-tool folded');
    form.set('file', new Blob([file]), 'photo.png');
    return fetch(`${env.baseUrl}/catalog/products/${options.id ?? productId}/images`, {
      method: 'POST',
      body: form,
      headers: { ...(options.csrf === false ? {} : { 'x-flagship-upload': '1' }), ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}) },
    });
  }

  it('stores an uploaded photo, serves it, lists it on the product and removes it', async () => {
    const response = await upload(env.as.manager, PNG);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; url: string };
    expect(body.url).toMatch(new RegExp(`^/media/products/${productId}/[0-9a-f-]+\\.png$`));

    const served = await fetch(`${env.baseUrl}${body.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);

    const { product } = await env.visitor().data<{ product: { images: { url: string; alt: string }[] } }>(`{ product(slug: "ridgeline-multitool") { images { url alt } } }`);
    expect(product.images).toEqual([{ url: body.url, alt: 'The multi-tool folded' }]);

    await env.as.manager.data(`mutation($id: ID!) { removeProductImage(id: $id) }`, { id: body.id });
    expect((await fetch(`${env.baseUrl}${body.url}`)).status).toBe(404);
    expect(existsSync(path.join(env.dataDir, 'media', body.url.replace('/media/', '')))).toBe(false);
  });

  it('keeps the file while the removal is not committed (a failure at commit leaves row and file)', async () => {
    const body = (await (await upload(env.as.manager, PNG)).json()) as { id: string; url: string };
    const file = path.join(env.dataDir, 'media', body.url.replace('/media/', ''));
    // A deferred constraint trigger fails the transaction at COMMIT, after the row is deleted.
    await env.dataSource.query(`
      CREATE FUNCTION test_refuse_image_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$;
      CREATE CONSTRAINT TRIGGER test_refuse_image_delete AFTER DELETE ON product_image DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION test_refuse_image_delete();`);
    try {
      const result = await env.as.manager.request(`mutation($id: ID!) { removeProductImage(id: $id) }`, { id: body.id });
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(existsSync(file)).toBe(true);
      expect(await env.dataSource.query(`SELECT id FROM product_image WHERE id = $1`, [body.id])).toHaveLength(1);
    } finally {
      await env.dataSource.query(`DROP TRIGGER test_refuse_image_delete ON product_image; DROP FUNCTION test_refuse_image_delete();`);
    }
    await env.as.manager.data(`mutation($id: ID!) { removeProductImage(id: $id) }`, { id: body.id });
    expect(existsSync(file)).toBe(false);
  });

  it.each([
    ['a file that is not an image', Buffer.from('<svg onload="alert(1)"></svg>'), {}, 400, 'file'],
    ['a photo without a description', PNG, { alt: '  ' }, 400, 'alt'],
    ['an unknown product', PNG, { id: '00000000-0000-4000-8000-000000000000' }, 404, undefined],
  ])('refuses %s', async (_case, file, options, status, field) => {
    const images = await env.count('product_image');
    const response = await upload(env.as.manager, file, options);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { field?: string } };
    expect(body.error.field).toBe(field);
    expect(await env.count('product_image')).toBe(images);
  });

  it('refuses consumers, visitors and requests without the upload header', async () => {
    expect((await upload(env.as.consumer, PNG)).status).toBe(403);
    expect((await upload(env.visitor(), PNG)).status).toBe(401);
    expect((await upload(env.as.manager, PNG, { csrf: false })).status).toBe(403);
    expect(await env.count('product_image')).toBe(0);
  });

  it('does not serve paths outside the media folder', async () => {
    expect((await fetch(`${env.baseUrl}/media/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${env.baseUrl}/media/products/x/..%2F..%2F..%2Fpackage.json`)).status).toBe(404);
  });
});
