import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dropDatabase, ensureDatabase } from '@flagship/database';
import { freePort } from '@flagship/testing';

export interface PlatformServer {
  baseUrl: string;
  dataDir: string;
  output(): string;
  /**
   * Signals the platform and waits for it to exit: SIGTERM to the Node process (what an orchestrator
   * does) by default, or SIGINT to its whole process group (what Ctrl-C in a terminal does).
   */
  stop(how?: 'SIGTERM' | 'CTRL_C'): Promise<number | null>;
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
  const url = await ensureDatabase(external, name);
  return {
    env: { DATABASE_URL: url, DATA_DIR: dataDir },
    dataDir,
    cleanup: async () => {
      await dropDatabase(external, name);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts `node dist/apps/api/main.js` (what `npm start` runs after building) and waits for /health.
 * `terminal`: its output goes to a pseudo-terminal (util-linux `script`), as when a person runs it.
 */
export async function startPlatform(home: PlatformHome, env: NodeJS.ProcessEnv = {}, options: { terminal?: boolean } = {}): Promise<PlatformServer> {
  const port = await freePort();
  const command = [process.execPath, '--enable-source-maps', 'dist/apps/api/main.js'];
  const [file, args] = options.terminal ? ['script', ['--quiet', '--return', '--command', command.join(' '), '/dev/null']] : [command[0], command.slice(1)];
  const child = spawn(file, args, {
    env: { ...process.env, ...home.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, like a terminal session, so a Ctrl-C can reach it and its postgres.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return { baseUrl, dataDir: home.dataDir, output: () => output, stop: (how) => stopProcess(child, how) };
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

function stopProcess(child: ChildProcess, how: 'SIGTERM' | 'CTRL_C' = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    if (how === 'CTRL_C') process.kill(-child.pid!, 'SIGINT');
    else child.kill('SIGTERM');
  });
}


