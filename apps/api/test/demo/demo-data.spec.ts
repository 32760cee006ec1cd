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
    const roles = await env.dataSource.query(`SELECT role, count(*)::int AS n FROM account GROUP BY role ORDER BY role`);
    expect(roles).toEqual([
      { role: 'CONSUMER', n: 3 },
      { role: 'VENDOR', n: 2 },
      { role: 'BRAND_MANAGER', n: 1 },
    ]);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const before = [await env.count('account'), await env.count('product'), await env.count('brand')];
    await env.app.get(DemoDataService).seed();
    expect([await env.count('account'), await env.count('product'), await env.count('brand')]).toEqual(before);
  });

  it('is only created automatically on an empty platform', async () => {
    expect(await env.app.get(DemoDataService).seedIfEmpty()).toBeUndefined();
  });
});
