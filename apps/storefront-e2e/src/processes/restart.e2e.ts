import { existsSync } from 'node:fs';
import path from 'node:path';
import { createPlatformHome, startPlatform, type PlatformHome } from '../support/platform-server';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { account { id } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { account { email } } }`;

async function graphql(baseUrl: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>;
}

describe('restarting the platform', () => {
  let home: PlatformHome;
  beforeAll(async () => {
    home = await createPlatformHome();
  });
  afterAll(() => home.cleanup());

  it('keeps the data, shuts down cleanly on SIGTERM and on Ctrl-C, and seeds the demo only once', async () => {
    const first = await startPlatform(home);
    expect(first.output()).toContain('manager@ridgeline.example');
    const created = await graphql(first.baseUrl, SIGN_UP, {
      input: { email: 'kept@riders.example', password: 'survives-restarts', displayName: 'Kept' },
    });
    expect(created.errors).toBeUndefined();
    expect(await first.stop()).toBe(0);

    const pidFile = path.join(home.dataDir, 'postgres', 'postmaster.pid');
    if (!process.env.DATABASE_URL) expect(existsSync(pidFile)).toBe(false);

    const second = await startPlatform(home);
    try {
      expect(second.output()).not.toContain('Demo logins');
      const loggedIn = await graphql(second.baseUrl, LOG_IN, { input: { email: 'kept@riders.example', password: 'survives-restarts' } });
      expect(loggedIn).toEqual({ data: { logIn: { account: { email: 'kept@riders.example' } } } });
    } finally {
      const started = Date.now();
      expect(await second.stop('CTRL_C')).toBe(0);
      expect(Date.now() - started).toBeLessThan(5000);
    }
    if (!process.env.DATABASE_URL) expect(existsSync(pidFile)).toBe(false);
  });
});
