import { DemoDataService } from '../../src/demo/demo-data.service';
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
    expect(await env.count('product')).toBe(12);
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
    const actors = await env.dataSource.query(`SELECT DISTINCT a.email FROM platform_event e JOIN account a ON a.id = e.actor_id WHERE e.type = 'catalog.product_published'`);
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

  it('is idempotent: seeding again adds nothing', async () => {
    const counts = () => Promise.all(['account', 'account_role', 'organisation', 'organisation_membership', 'product', 'brand'].map((table) => env.count(table)));
    const before = await counts();
    await env.app.get(DemoDataService).seed();
    expect(await counts()).toEqual(before);
  });

  it('is only created automatically on an empty platform', async () => {
    expect(await env.app.get(DemoDataService).seedIfEmpty()).toBeUndefined();
  });
});
