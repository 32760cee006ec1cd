import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '@flagship/database';
import { freePort } from '@flagship/testing';
import { startPlatform, type PlatformHome } from '../support/platform-server';

const ROUNDS = 5;
const REPLICAS = 3;

/**
 * Replicas of the API started at the same moment on one empty database, as an orchestrator starts
 * them: every one must come up (migrations, the demo seed and pg-boss's tables and queues are each
 * created once, nobody dies of a deadlock), round after round.
 */
describe('API replicas starting together', () => {
  let server: RunningPostgres | undefined;
  let adminUrl: string;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'flagship-replicas-'));
    await chmod(dataDir, 0o755);
    if (process.env.DATABASE_URL) {
      adminUrl = process.env.DATABASE_URL;
    } else {
      server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: await freePort() });
      adminUrl = server.adminUrl;
    }
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`all ${REPLICAS} come up on an empty database, ${ROUNDS} times in a row`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const name = `flagship_replicas_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const home: PlatformHome = {
        env: { DATABASE_URL: await ensureDatabase(adminUrl, name), DATA_DIR: dataDir },
        dataDir,
        cleanup: async () => undefined,
      };
      const started = await Promise.allSettled(Array.from({ length: REPLICAS }, () => startPlatform(home)));
      const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      try {
        const failures = started.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
        expect({ round, failures }).toEqual({ round, failures: [] });
        // Exactly one of them created the demo (and printed its logins).
        expect(running.filter((replica) => replica.output().includes('manager@ridgeline.example'))).toHaveLength(1);
      } finally {
        await Promise.all(running.map((replica) => replica.stop()));
        await dropDatabase(adminUrl, name);
      }
    }
  }, 300_000);
});
