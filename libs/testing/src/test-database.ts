import { createHash, randomUUID } from 'node:crypto';
import { dropDatabase, ensureDatabase, runMigrations, withAdvisoryLock } from '@flagship/database';
import { DataSource, type MixedList } from 'typeorm';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export interface TestSchema {
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
}

/**
 * A database of its own for one test file, so test files never share data and run in parallel.
 * With a schema it is a clone of a template migrated once per run (CREATE DATABASE … TEMPLATE takes
 * milliseconds); the first worker to need the template builds it under an advisory lock.
 */
export async function createTestDatabase(schema?: TestSchema): Promise<TestDatabase> {
  const adminUrl = process.env.FLAGSHIP_TEST_ADMIN_URL;
  const run = process.env.FLAGSHIP_TEST_RUN;
  if (!adminUrl || !run) {
    throw new Error('No test database server: run tests with `npm run test:api` (its Jest global setup starts one).');
  }
  const template = schema ? await migratedTemplate(adminUrl, run, schema) : undefined;
  const name = `ft_${run}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const url = await ensureDatabase(adminUrl, name, template);
  return { name, url, drop: () => dropDatabase(adminUrl, name) };
}

async function migratedTemplate(adminUrl: string, run: string, schema: TestSchema): Promise<string> {
  const names = (schema.migrations as Function[]).map((migration) => migration.name).join(',');
  const template = `ft_${run}_template_${createHash('sha1').update(names).digest('hex').slice(0, 8)}`;
  const admin = new DataSource({ type: 'postgres', url: adminUrl });
  await admin.initialize();
  try {
    await withAdvisoryLock(admin, async () => {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.length) return;
      // Built under another name and renamed when complete, so nobody clones a half-migrated template.
      const building = `${template}_building`;
      await dropDatabase(adminUrl, building);
      const url = await ensureDatabase(adminUrl, building);
      const dataSource = new DataSource({ type: 'postgres', url, uuidExtension: 'pgcrypto', installExtensions: false, ...schema });
      await dataSource.initialize();
      try {
        await runMigrations(dataSource);
      } finally {
        await dataSource.destroy();
      }
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    });
  } finally {
    await admin.destroy();
  }
  return template;
}
