import { randomUUID } from 'node:crypto';
import type { Viewer } from '@flagship/api-core';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { testPhoto } from '../support/images';
import { withRuleReplaced } from '../support/loosened-rule';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';


/**
 * `product.manage` needs only a role today, but the marketplace may give it a condition on the product
 * (`memberOf((p) => p.vendorId)`): the guard cannot check that, so every path that changes a product
 * must apply the rule to the product itself. Here the rule is replaced by one about the product (the
 * demo vendor may manage products named "VeloFit …", nobody anything else) and each path is tried on
 * both kinds of product.
 */
describe('product.manage with a condition on the product holds on every path', () => {
  let env: TestEnvironment;
  let categoryId: string;
  let vendorId: string;
  const vendorsOwn = (viewer: Viewer | undefined, product: { name: string }) => viewer?.accountId === vendorId && product.name.startsWith('VeloFit ');

  let PNG: Buffer;
  beforeAll(async () => {
    PNG = await testPhoto(300, 300, 'png');
    env = await createTestEnvironment();
    [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
    [{ id: vendorId }] = await env.dataSource.query(`SELECT id FROM account WHERE email = 'fitting@velofit.example'`);
  });
  afterAll(() => env.close());

  const create = (client: GraphQLTestClient, name: string) =>
    client.request<{ createProduct: { id: string; variants: { id: string }[] } }>(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id variants { id } } }`, {
      input: { name, description: 'A test product.', categoryId, currency: 'EUR', variants: [{ sku: `SKU-${randomUUID().slice(0, 8)}`, name: 'One', priceMinor: 10_00, stock: 2 }] },
    });

  /** Every way to change a product, each answering 'OK' or the refusal's code. */
  const paths = async (client: GraphQLTestClient, product: { id: string; variantId: string; imageId: string }) => {
    const outcome = async (query: string, variables: Record<string, unknown>) => String(firstError(await client.request(query, variables)).code ?? 'OK');
    const upload = async () => {
      const form = new FormData();
      form.set('alt', 'A photo');
      form.set('file', new Blob([new Uint8Array(PNG)]), 'photo.png');
      const response = await fetch(`${env.baseUrl}/catalog/products/${product.id}/images`, { method: 'POST', body: form, headers: { 'x-flagship-upload': '1', cookie: client.sessionCookie! } });
      return response.status === 201 ? 'OK' : String(((await response.json()) as { error: { code: string } }).error.code);
    };
    return {
      updateProduct: await outcome(`mutation($id: ID!) { updateProduct(id: $id, input: { description: "Changed." }) { id } }`, { id: product.id }),
      setProductStatus: await outcome(`mutation($id: ID!) { setProductStatus(id: $id, status: PUBLISHED) { id } }`, { id: product.id }),
      addProductVariant: await outcome(`mutation($id: ID!, $sku: String!) { addProductVariant(productId: $id, input: { sku: $sku, name: "Two", priceMinor: 1200, stock: 1 }) { id } }`, {
        id: product.id,
        sku: `SKU-${randomUUID().slice(0, 8)}`,
      }),
      updateProductVariant: await outcome(`mutation($id: ID!) { updateProductVariant(id: $id, input: { name: "Renamed" }) { id } }`, { id: product.variantId }),
      adjustVariantStock: await outcome(`mutation($id: ID!) { adjustVariantStock(variantId: $id, delta: 1) { id } }`, { id: product.variantId }),
      setVariantStock: await outcome(`mutation($id: ID!) { setVariantStock(variantId: $id, stock: 9, expectedStock: 3) { id } }`, { id: product.variantId }),
      updateProductImage: await outcome(`mutation($id: ID!) { updateProductImage(id: $id, alt: "Described") { id } }`, { id: product.imageId }),
      setMainProductImage: await outcome(`mutation($id: ID!) { setMainProductImage(id: $id) { id } }`, { id: product.imageId }),
      reorderProductImages: await outcome(`mutation($id: ID!, $ids: [ID!]!) { reorderProductImages(productId: $id, imageIds: $ids) { id } }`, { id: product.id, ids: [product.imageId] }),
      removeProductImage: await outcome(`mutation($id: ID!) { removeProductImage(id: $id) }`, { id: product.imageId }),
      uploadImage: await upload(),
    };
  };

  const existing = async (name: string) => {
    const created = await create(env.as.manager, name);
    const { id, variants } = created.data!.createProduct;
    const [{ id: imageId }] = await env.dataSource.query(`INSERT INTO product_image (product_id, storage_key, alt) VALUES ($1, $2, 'x') RETURNING id`, [id, `products/${id}/gone.png`]);
    return { id, variantId: variants[0].id, imageId };
  };

  it('lets the vendor change their own products and nobody else’s, whichever path', async () => {
    const own = await existing('VeloFit Fit Kit');
    const other = await existing('Ridgeline Floor Pump');

    await withRuleReplaced('product.manage', { needsResource: true, allows: vendorsOwn as never }, async () => {
      expect(firstError(await create(env.as.vendor, 'VeloFit Cleat Shims')).code).toBeUndefined();
      expect(firstError(await create(env.as.vendor, 'Ridgeline Saddle Bag')).code).toBe('NOT_FOUND');
      const everyPath = { updateProduct: 'OK', setProductStatus: 'OK', addProductVariant: 'OK', updateProductVariant: 'OK', adjustVariantStock: 'OK', setVariantStock: 'OK', updateProductImage: 'OK', setMainProductImage: 'OK', reorderProductImages: 'OK', removeProductImage: 'OK', uploadImage: 'OK' };
      expect(await paths(env.as.vendor, own)).toEqual(everyPath);
      expect(await paths(env.as.vendor, other)).toEqual(Object.fromEntries(Object.keys(everyPath).map((path) => [path, 'NOT_FOUND'])));
      // The brand manager is nobody under this rule: the rule decides, not a role on the field.
      expect(await paths(env.as.manager, other)).toEqual(Object.fromEntries(Object.keys(everyPath).map((path) => [path, 'NOT_FOUND'])));
    });
    expect(await env.dataSource.query(`SELECT status, description FROM product WHERE id = $1`, [other.id])).toEqual([{ status: 'DRAFT', description: 'A test product.' }]);
    expect(await env.dataSource.query(`SELECT status FROM product WHERE id = $1`, [own.id])).toEqual([{ status: 'PUBLISHED' }]);
  });
});
