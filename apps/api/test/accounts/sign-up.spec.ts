import { jest } from '@jest/globals';
import { firstError, GraphQLTestClient } from '@flagship/testing';
import { SessionService } from '@flagship/accounts';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { account { id email displayName roles } }
}`;
const ME = `{ me { id email roles } }`;

describe('signUp', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    email: 'new.rider@example.com',
    password: 'long-enough-password',
    displayName: 'New Rider',
    ...overrides,
  });

  it('creates a consumer account, signs it in with an httpOnly SameSite cookie, and hashes the password with argon2id', async () => {
    const client = env.visitor();
    const result = await client.request(SIGN_UP, { input: input() });

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ signUp: { account: { email: 'new.rider@example.com', roles: ['CONSUMER'] } } });
    const [cookie] = result.headers.getSetCookie();
    expect(cookie).toMatch(/^flagship_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await client.data(ME)).toMatchObject({ me: { email: 'new.rider@example.com', roles: ['CONSUMER'] } });

    const [row] = await env.dataSource.query(`SELECT password_hash FROM account WHERE email = $1`, ['new.rider@example.com']);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('long-enough-password');
  });

  it('records account.signed_up with the new member as actor, and no event for a refused sign-up', async () => {
    const { signUp } = await env.visitor().data<{ signUp: { account: { id: string } } }>(SIGN_UP, { input: input({ email: 'event.rider@example.com' }) });
    const events = async () => env.dataSource.query(`SELECT type, version, actor_id, subject_type, subject_id, payload FROM platform_event WHERE type = 'account.signed_up' ORDER BY id`);
    const recorded = await events();
    expect(recorded.at(-1)).toEqual({ type: 'account.signed_up', version: 1, actor_id: signUp.account.id, subject_type: 'account', subject_id: signUp.account.id, payload: {} });

    await env.visitor().request(SIGN_UP, { input: input({ email: 'EVENT.rider@example.com' }) });
    expect(await events()).toHaveLength(recorded.length);
  });

  it('gives CONFLICT on email when the address is taken, whatever its case, and writes nothing', async () => {
    const accounts = await env.count('account');
    const sessions = await env.count('session');

    const result = await env.visitor().request(SIGN_UP, { input: input({ email: 'ANA@Riders.example', displayName: 'Copy' }) });

    expect(firstError(result)).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(result.headers.getSetCookie()).toEqual([]);
    expect(await env.count('account')).toBe(accounts);
    expect(await env.count('session')).toBe(sessions);
  });

  it.each([
    ['email', { email: 'not-an-email' }],
    ['email', { email: '' }],
    ['password', { password: 'short' }],
    ['displayName', { displayName: '   ' }],
  ])('gives BAD_USER_INPUT naming %s for invalid input, and writes nothing', async (field, overrides) => {
    const accounts = await env.count('account');

    const result = await env.visitor().request(SIGN_UP, { input: input({ email: 'valid.person@example.com', ...overrides }) });

    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await env.count('account')).toBe(accounts);
  });

  it('refuses a role sent by the client with BAD_USER_INPUT on role: sign-up only ever creates consumers', async () => {
    const accounts = await env.count('account');

    const result = await env.visitor().request(SIGN_UP, { input: { ...input({ email: 'sneaky@example.com' }), role: 'BRAND_MANAGER' } });

    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect(await env.count('account')).toBe(accounts);
  });

  it('creates exactly one account when the same sign-up arrives twice at once', async () => {
    const email = 'double.click@example.com';
    const results = await Promise.all([1, 2, 3].map(() => env.visitor().request(SIGN_UP, { input: input({ email }) })));

    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => firstError(r).code === 'CONFLICT')).toHaveLength(2);
    const rows = await env.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE email = $1`, [email]);
    expect(rows[0].n).toBe(1);
  });

  it('rolls the account back when a later step of the mutation fails', async () => {
    const sessions = env.app.get(SessionService);
    const open = jest.spyOn(sessions, 'replace').mockRejectedValueOnce(new Error('session store down'));
    const accounts = await env.count('account');

    const result = await new GraphQLTestClient(env.baseUrl).request(SIGN_UP, { input: input({ email: 'half.written@example.com' }) });

    expect(open).toHaveBeenCalled();
    expect(firstError(result)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(await env.count('account')).toBe(accounts);
  });
});
