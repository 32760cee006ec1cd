import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { account { email roles } } }`;
const LOG_OUT = `mutation { logOut }`;
const ME = `{ me { email roles } }`;

describe('logIn, me and logOut', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('signs in with the right password (email in any case) and `me` returns the account', async () => {
    const client = env.visitor();
    const result = await client.request(LOG_IN, { input: { email: ' Ben@Riders.Example ', password: 'ridgeline-demo' } });

    expect(result.errors).toBeUndefined();
    expect(await client.data(ME)).toEqual({ me: { email: 'ben@riders.example', roles: ['CONSUMER'] } });
  });

  it.each([
    ['a wrong password', 'ben@riders.example', 'wrong-password'],
    ['an unknown email', 'nobody@riders.example', 'ridgeline-demo'],
  ])('refuses %s with UNAUTHENTICATED and the same message, setting no cookie', async (_case, email, password) => {
    const result = await env.visitor().request(LOG_IN, { input: { email, password } });

    expect(firstError(result)).toEqual({ code: 'UNAUTHENTICATED', field: undefined, message: 'Email or password is incorrect' });
    expect(result.headers.getSetCookie()).toEqual([]);
  });

  it('stores only a hash of the session token', async () => {
    const client = env.visitor();
    await client.data(LOG_IN, { input: { email: 'chloe@riders.example', password: 'ridgeline-demo' } });
    const token = client.sessionCookie!.split('=')[1];

    const rows = await env.dataSource.query(`SELECT token_hash FROM session`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).not.toContain(token);
  });

  it('logs out: the session row is deleted and the old cookie no longer works', async () => {
    const client = env.visitor();
    await client.data(LOG_IN, { input: { email: 'chloe@riders.example', password: 'ridgeline-demo' } });
    const oldCookie = client.sessionCookie!;
    const sessions = await env.count('session');

    await client.data(LOG_OUT);

    expect(await env.count('session')).toBe(sessions - 1);
    expect(await client.data(ME)).toEqual({ me: null });
    const replay = await fetch(`${env.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: oldCookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(await replay.json()).toEqual({ data: { me: null } });
  });

  it("replaces the browser's previous session when it signs in again, and purges expired ones", async () => {
    const client = env.visitor();
    await client.data(LOG_IN, { input: { email: 'ben@riders.example', password: 'ridgeline-demo' } });
    const firstCookie = client.sessionCookie!;
    const [ben] = await env.dataSource.query(`SELECT id FROM account WHERE email = 'ben@riders.example'`);
    await env.dataSource.query(`INSERT INTO session (token_hash, account_id, expires_at) VALUES ('stale', $1, now() - interval '1 day')`, [ben.id]);
    const before = await env.dataSource.query(`SELECT count(*)::int AS n FROM session WHERE account_id = $1`, [ben.id]);

    await client.data(LOG_IN, { input: { email: 'ben@riders.example', password: 'ridgeline-demo' } });

    const after = await env.dataSource.query(`SELECT count(*)::int AS n FROM session WHERE account_id = $1`, [ben.id]);
    expect(after[0].n).toBe(before[0].n - 1);
    expect(client.sessionCookie).not.toBe(firstCookie);
    const replay = await fetch(`${env.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: firstCookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(await replay.json()).toEqual({ data: { me: null } });
  });

  it('treats an expired session as signed out', async () => {
    const client = env.visitor();
    await client.data(LOG_IN, { input: { email: 'ana@riders.example', password: 'ridgeline-demo' } });
    await env.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 minute'`);

    expect(await client.data(ME)).toEqual({ me: null });
    expect(firstError(await client.request(`{ accounts { id } }`)).code).toBe('UNAUTHENTICATED');
  });

  it('answers `me` with null for a visitor', async () => {
    expect(await env.visitor().data(ME)).toEqual({ me: null });
  });
});
