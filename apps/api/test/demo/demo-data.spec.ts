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
