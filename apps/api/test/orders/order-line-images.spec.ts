import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('cart and order lines show their product’s main photo', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('as it is now, for every line in one query, and none for a product without photos', async () => {
    const [buyer] = await createShoppers(env, 1, [
      { variantId: await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1'), quantity: 1 },
      { variantId: await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1'), quantity: 1 },
    ]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    // The multi-tool loses its photos after the order was placed.
    await env.dataSource.query(`DELETE FROM product_image WHERE product_id = (SELECT id FROM product WHERE slug = 'ridgeline-multitool')`);
    const [{ url: chainPhoto }] = await env.dataSource.query(
      `SELECT '/media/' || storage_key || '/1280.webp' AS url FROM product_image WHERE position = 0 AND product_id = (SELECT id FROM product WHERE slug = 'ridgeline-chain-12')`,
    );

    env.queries.length = 0;
    const { order } = await buyer.data<{ order: { lines: { sku: string; image: { url: string; alt: string; width: number; srcset: string } | null }[] } }>(
      `query($id: ID!) { order(id: $id) { lines { sku image { url alt width srcset } } } }`,
      { id: checkout.order.id },
    );
    const bySku = Object.fromEntries(order.lines.map((line) => [line.sku, line.image]));
    expect(bySku['RIDGELINE-CHAIN-12-1']).toMatchObject({ url: chainPhoto, width: 1600, alt: '12-speed Chain coiled, with its gold quick link' });
    expect(bySku['RIDGELINE-MULTITOOL-1']).toBeNull();
    expect(env.queries.filter((sql) => sql.includes('FROM product_image'))).toHaveLength(1);
  });

  it('on cart lines too, within the query depth limit when asked through a fragment as the storefront does', async () => {
    const variantId = await variantIdBySku(env, 'RIDGELINE-TORQUE-WRENCH-1');
    const result = await env.visitor().request<{ cartPreview: { items: { image: { url: string; srcset: string } | null }[] } }>(
      `query($lines: [CartLineInput!]!) { cartPreview(lines: $lines) { ...Lines } }
       fragment Lines on Cart { items { product { id } image { url alt width height srcset } } }`,
      { lines: [{ variantId, quantity: 1 }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.cartPreview.items[0].image).toMatchObject({ url: expect.stringMatching(/\/1280\.webp$/), srcset: expect.stringContaining('320w') });
  });
});
