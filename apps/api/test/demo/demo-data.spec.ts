import { existsSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_WIDTHS } from '@flagship/media';
import { DemoDataService } from '../../src/demo/demo-data.service';
import { DEMO_PRODUCTS } from '../../src/demo/ridgeline-cycles';
import { servedImage } from '../support/images';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('Ridgeline Cycles demo data', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('has the brand, a dozen products, two vendors, three consumers and one brand manager', async () => {
    expect(await env.visitor().data(`{ brand { name slug currency } }`)).toEqual({
      brand: { name: 'Ridgeline Cycles', slug: 'ridgeline-cycles', currency: 'EUR' },
    });
    // The brand's own catalog (the marketplace's demo adds members' used items and vendors' listings).
    expect((await env.dataSource.query(`SELECT count(*)::int AS n FROM product WHERE seller_kind = 'BRAND'`))[0].n).toBe(12);
    expect(await env.count('account')).toBe(6);
    const roles = await env.dataSource.query(`SELECT role, count(*)::int AS n FROM account_role GROUP BY role ORDER BY role`);
    expect(roles).toEqual([
      { role: 'VENDOR', n: 2 },
      { role: 'BRAND_MANAGER', n: 1 },
    ]);
  });

  it('grants the demo’s roles the one way roles are granted, recorded, by the platform', async () => {
    const grants = await env.dataSource.query(
      `SELECT a.email, e.actor_id, e.payload->>'role' AS role FROM platform_event e JOIN account a ON a.id::text = e.subject_id
       WHERE e.type = 'account.role_granted' ORDER BY a.email`,
    );
    expect(grants).toEqual([
      { email: 'fitting@velofit.example', actor_id: null, role: 'VENDOR' },
      { email: 'manager@ridgeline.example', actor_id: null, role: 'BRAND_MANAGER' },
      { email: 'workshop@spokeandwrench.example', actor_id: null, role: 'VENDOR' },
    ]);
    // Every stored role has its grant on record.
    expect(await env.count('account_role')).toBe(grants.length);
  });

  it('creates the catalog as its brand manager: she is the actor of every publication', async () => {
    const actors = await env.dataSource.query(`SELECT DISTINCT a.email FROM platform_event e JOIN account a ON a.id = e.actor_id JOIN product p ON p.id::text = e.subject_id WHERE e.type = 'catalog.product_published' AND p.seller_kind = 'BRAND'`);
    expect(actors).toEqual([{ email: 'manager@ridgeline.example' }]);
  });

  it('makes each demo vendor account the owner of its vendor organisation', async () => {
    const owners = await env.dataSource.query(
      `SELECT o.name, o.kind, a.email, m.role FROM organisation o JOIN organisation_membership m ON m.organisation_id = o.id JOIN account a ON a.id = m.account_id ORDER BY o.name`,
    );
    expect(owners).toEqual([
      { name: 'Spoke & Wrench Workshop', kind: 'VENDOR', email: 'workshop@spokeandwrench.example', role: 'OWNER' },
      { name: 'VeloFit Studio', kind: 'VENDOR', email: 'fitting@velofit.example', role: 'OWNER' },
    ]);
  });

  it('draws one to three pictures of every demo product, main photo first, stored as variants with their size', async () => {
    const { products } = await env.visitor().data<{ products: { nodes: { slug: string; images: { url: string; alt: string; width: number; height: number; srcset: string; position: number }[] }[] } }>(
      `{ products(first: 50, filter: { sellerKind: BRAND }) { nodes { slug images { url alt width height srcset position } } } }`,
    );
    expect(products.nodes.map((p) => p.slug).sort()).toEqual(DEMO_PRODUCTS.map((p) => p.slug).sort());
    for (const product of products.nodes) {
      expect(product.images.length).toBeGreaterThanOrEqual(1);
      expect(product.images.length).toBeLessThanOrEqual(3);
      expect(product.images.map((i) => i.position)).toEqual(product.images.map((_, i) => i));
      for (const image of product.images) {
        expect(image).toMatchObject({ width: 1600, height: 1200 });
        expect(image.alt.length).toBeGreaterThan(10);
        const files = image.srcset.split(', ').map((entry) => entry.split(' ')[0]);
        expect(files).toHaveLength(IMAGE_WIDTHS.length);
        for (const file of files) expect(existsSync(path.join(env.dataDir, file))).toBe(true);
      }
    }
    // A picture really is what it claims: the main photo of a bike, 640 pixels wide.
    const bike = products.nodes.find((p) => p.slug === 'summit-al-gravel')!;
    expect(await servedImage(env, bike.images[0].srcset.split(', ').find((entry) => entry.endsWith(' 640w'))!.split(' ')[0])).toMatchObject({ status: 200, format: 'webp', width: 640, height: 480 });
  });

  it('gives the brand a logo and a home hero image', async () => {
    const { brand } = await env.visitor().data<{ brand: Record<'logo' | 'heroImage', { url: string; alt: string; width: number; height: number; srcset: string }> }>(
      `{ brand { logo { url alt width height srcset } heroImage { url alt width height srcset } } }`,
    );
    expect(brand.logo).toMatchObject({ width: 512, height: 512, alt: expect.stringContaining('logo') });
    expect(brand.heroImage).toMatchObject({ width: 1600, height: 700 });
    expect(await servedImage(env, brand.heroImage.url)).toMatchObject({ status: 200, width: 1280, height: 560 });
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const counts = () => Promise.all(['account', 'account_role', 'organisation', 'organisation_membership', 'product', 'brand', 'product_image', 'brand_image'].map((table) => env.count(table)));
    const before = await counts();
    await env.app.get(DemoDataService).seed();
    expect(await counts()).toEqual(before);
  });

  it('is only created automatically on an empty platform', async () => {
    expect(await env.app.get(DemoDataService).seedIfEmpty()).toBeUndefined();
  });
});
