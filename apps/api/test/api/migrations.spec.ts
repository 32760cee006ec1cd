import { pendingSchemaChanges } from '@flagship/database';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('migrations', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('describe the entities exactly: no entity change without its migration', async () => {
    expect(await pendingSchemaChanges(env.dataSource)).toEqual([]);
  });

  it('all revert, with the demo data in the tables, and re-apply cleanly', async () => {
    const total = env.dataSource.migrations.length;
    for (let i = 0; i < total; i++) await env.dataSource.undoLastMigration();
    const tables = await env.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
    expect(await env.dataSource.query(`SELECT typname FROM pg_type WHERE typname IN ('account_role', 'product_status')`)).toEqual([]);
    expect(tables).toEqual([]);

    await env.dataSource.runMigrations();
    expect(await pendingSchemaChanges(env.dataSource)).toEqual([]);
  });
});
