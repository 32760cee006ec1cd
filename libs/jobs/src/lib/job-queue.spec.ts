import { createTestDatabase, type TestDatabase } from '@flagship/testing';
import pg from 'pg';
import { JobQueue } from './job-queue';

describe('JobQueue on a database pg-boss 10 ran on', () => {
  let database: TestDatabase;
  let queue: JobQueue | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await queue?.beforeApplicationShutdown();
    await database.drop();
  });

  const query = async <T extends pg.QueryResultRow>(sql: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it("replaces pg-boss 10's tables (which pg-boss 12 cannot migrate) and schedules on the new ones", async () => {
    await query(`CREATE SCHEMA pgboss; CREATE TABLE pgboss.version (version int PRIMARY KEY); INSERT INTO pgboss.version VALUES (24);
                 CREATE TABLE pgboss.schedule (name text PRIMARY KEY, cron text); INSERT INTO pgboss.schedule VALUES ('old', '* * * * *')`);

    queue = new JobQueue({ url: database.url, enabled: true });
    await queue.onModuleInit();
    await queue.every('tick', '*/5 * * * *', async () => undefined);

    const [{ version }] = await query<{ version: number }>(`SELECT version FROM pgboss.version`);
    expect(version).toBeGreaterThanOrEqual(25);
    expect(await query(`SELECT name, cron FROM pgboss.schedule`)).toEqual([{ name: 'tick', cron: '*/5 * * * *' }]);
  });
});
