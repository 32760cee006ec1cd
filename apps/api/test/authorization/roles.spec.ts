import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const ACCOUNTS = `query Accounts($role: Role) { accounts(role: $role) { email roles } }`;

describe('brand-manager-only fields', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('gives FORBIDDEN to a consumer, and no data', async () => {
    const result = await env.as.consumer.request(ACCOUNTS);
    expect(firstError(result).code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('gives FORBIDDEN to a vendor', async () => {
    expect(firstError(await env.as.vendor.request(ACCOUNTS)).code).toBe('FORBIDDEN');
  });

  it('gives UNAUTHENTICATED to a visitor', async () => {
    expect(firstError(await env.visitor().request(ACCOUNTS)).code).toBe('UNAUTHENTICATED');
  });

  it('answers a brand manager, filtered by role', async () => {
    const { accounts } = await env.as.manager.data<{ accounts: { email: string; roles: string[] }[] }>(ACCOUNTS, { role: 'VENDOR' });
    expect(accounts.map((a) => a.email).sort()).toEqual(['fitting@velofit.example', 'workshop@spokeandwrench.example']);
    expect(accounts.map((a) => a.roles)).toEqual([
      ['CONSUMER', 'VENDOR'],
      ['CONSUMER', 'VENDOR'],
    ]);
  });

  it('lists everyone for CONSUMER: every account is a consumer, whatever else it holds', async () => {
    const { accounts } = await env.as.manager.data<{ accounts: { email: string; roles: string[] }[] }>(ACCOUNTS, { role: 'CONSUMER' });
    expect(accounts).toHaveLength(await env.count('account'));
    expect(accounts.every((a) => a.roles[0] === 'CONSUMER')).toBe(true);
    expect(accounts.find((a) => a.email === 'manager@ridgeline.example')?.roles).toEqual(['CONSUMER', 'BRAND_MANAGER']);
  });
});
