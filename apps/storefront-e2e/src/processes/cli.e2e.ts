import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@flagship/testing';
import { createPlatformHome, type PlatformHome } from '../support/platform-server';

const run = promisify(execFile);

/** The built command line (`npm run db:migrate`, `seed`, `schema` run it) on a fresh database. */
describe('the command line', () => {
  let home: PlatformHome;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    home = await createPlatformHome();
    env = { ...process.env, ...home.env, EMBEDDED_POSTGRES_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  });
  afterAll(() => home.cleanup());

  const cli = (...args: string[]) => run(process.execPath, ['dist/apps/api/cli.js', ...args], { env, timeout: 60_000 });

  it('migrates (once), seeds the demo and writes the committed schema', async () => {
    expect((await cli('migrate')).stdout).toMatch(/^Applied: /);
    expect((await cli('migrate')).stdout).toContain('No pending migrations.');
    expect((await cli('seed')).stdout).toContain('manager@ridgeline.example');
    const target = path.join(home.dataDir, 'schema.graphql');
    await cli('schema', target);
    expect(await readFile(target, 'utf8')).toBe(await readFile('apps/api/schema.graphql', 'utf8'));
  });
});
