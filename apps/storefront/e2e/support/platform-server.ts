import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PlatformServer {
  baseUrl: string;
  dataDir: string;
  output(): string;
  /** Sends SIGTERM and waits for the process (and its embedded PostgreSQL) to exit. */
  stop(): Promise<number | null>;
}

export interface PlatformHome {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  cleanup(): Promise<void>;
}

/**
 * Where a platform under test keeps its data: a temporary folder for the embedded PostgreSQL, or a
 * fresh database on DATABASE_URL's server when that is set.
 */
export async function createPlatformHome(): Promise<PlatformHome> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'flagship-e2e-'));
  await chmod(dataDir, 0o755);
  const external = process.env.DATABASE_URL;
  if (!external) {
    return {
      env: { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) },
      dataDir,
      cleanup: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `flagship_e2e_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await adminQuery(external, `CREATE DATABASE "${name}"`);
  const url = new URL(external);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    dataDir,
    cleanup: async () => {
      await adminQuery(external, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts `node dist/apps/api/main.js` (what `npm start` runs after building) and waits for /health. */
export async function startPlatform(home: PlatformHome): Promise<PlatformServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], {
    env: { ...process.env, ...home.env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return { baseUrl, dataDir: home.dataDir, output: () => output, stop: () => stopProcess(child) };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The platform exited with ${child.exitCode}:\n${output()}`);
    const healthy = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The platform did not become healthy within 60 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
