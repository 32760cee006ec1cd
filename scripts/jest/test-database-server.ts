import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../../libs/database/src/lib/embedded-postgres';
import { freePort } from '../../libs/testing/src/free-port';

export interface TestDatabaseServer {
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server tests create their databases on: DATABASE_URL's server when set, otherwise
 * an embedded one in a temporary folder on a free port, removed afterwards.
 */
export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  if (process.env.DATABASE_URL) return { adminUrl: process.env.DATABASE_URL, stop: async () => undefined };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'flagship-test-pg-'));
  // As root, postgres runs as its own user, which must be able to enter this folder.
  await chmod(dataDir, 0o755);
  let server: RunningPostgres | undefined;
  try {
    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), port: await freePort() });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const running = server;
  return {
    adminUrl: running.adminUrl,
    stop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

