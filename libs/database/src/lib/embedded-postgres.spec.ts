import { chmod, cp, lstat, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';
import { EmbeddedPostgresError, bundledInstallation, type PostgresInstallation } from './postgres-installation';

const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

// (@flagship/testing has one, but it depends on this library.)
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * `npm start` as root in a clone in root's home folder (mode 700): postgres runs as the postgres user,
 * which can enter neither the folder holding the binaries nor the data folder. Here both are copies in
 * a temporary root-only folder, and a temporary folder stands in for /var/lib/flagship.
 */
asRoot('the embedded PostgreSQL as root, in a folder the postgres user cannot enter', () => {
  let home: string;
  let sharedRoot: string;
  let installation: PostgresInstallation;
  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'flagship-root-home-'));
    await chmod(home, 0o700);
    const shared = await mkdtemp(path.join(os.tmpdir(), 'flagship-shared-'));
    await chmod(shared, 0o755);
    sharedRoot = path.join(shared, 'var-lib-flagship');
    const bundled = await bundledInstallation();
    const copy = path.join(home, 'node_modules', 'postgres');
    await cp(bundled.dir, copy, { recursive: true, verbatimSymlinks: true });
    const moved = (file: string) => path.join(copy, path.relative(bundled.dir, file));
    installation = { ...bundled, dir: copy, initdb: moved(bundled.initdb), postgres: moved(bundled.postgres) };
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
    await rm(path.dirname(sharedRoot), { recursive: true, force: true });
  });

  const query = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it('starts with its files where that user can reach them, linked from the data folder, and finds them on the next start', async () => {
    const dataDir = path.join(home, 'flagship', '.data', 'postgres');
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort(), installation, sharedRoot });
    try {
      expect(first.installationDir).toBe(path.join(sharedRoot, `postgresql-${installation.version}`));
      expect(path.dirname(first.clusterDir)).toBe(path.join(sharedRoot, 'clusters'));
      expect(path.basename(first.clusterDir)).toMatch(/\+flagship\+\.data\+postgres-[0-9a-f]{8}$/);
      expect((await lstat(dataDir)).isSymbolicLink()).toBe(true);
      const [{ data_directory }] = await query(first.adminUrl, `SELECT current_setting('data_directory') AS data_directory`);
      expect(data_directory).toBe(first.clusterDir);
      await query(first.adminUrl, 'CREATE TABLE kept (id int)');
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, port: await freePort(), installation, sharedRoot });
    try {
      expect(second.clusterDir).toBe(first.clusterDir);
      expect(await query(second.adminUrl, `SELECT to_regclass('kept') IS NOT NULL AS kept`)).toEqual([{ kept: true }]);
    } finally {
      await second.stop();
    }
  });

  it('stops with one sentence saying what to do when it cannot prepare a folder for that user', async () => {
    const notAFolder = path.join(home, 'a-file');
    await writeFile(notAFolder, '');
    const starting = startEmbeddedPostgres({ dataDir: path.join(home, 'other', '.data', 'postgres'), port: await freePort(), installation, sharedRoot: path.join(notAFolder, 'flagship') });

    await expect(starting).rejects.toThrow(EmbeddedPostgresError);
    await expect(starting).rejects.toThrow(/^PostgreSQL runs as the postgres user \(it refuses root\), which cannot enter .*: clone Flagship into a folder other users can enter \(such as \/srv\/flagship\), run it as another user, or set DATABASE_URL\.$/);
  });
});
