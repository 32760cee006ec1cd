import type { DataSource } from 'typeorm';

// Any constant works; it only has to be the same in every process that migrates this database.
const MIGRATION_LOCK_KEY = 0x666c6167;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so several API processes starting at once
 * against one database migrate it exactly once. Returns the names of the migrations applied.
 */
export async function runMigrations(dataSource: DataSource, options: { locked?: boolean } = {}): Promise<string[]> {
  const migrate = async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  };
  // `locked`: the caller holds the lock already; taking it again from another pooled connection would wait forever.
  return options.locked ? migrate() : withAdvisoryLock(dataSource, migrate);
}

/** Holds a session-level advisory lock on one dedicated connection while `work` runs. */
export async function withAdvisoryLock<T>(dataSource: DataSource, work: () => Promise<T>, key = MIGRATION_LOCK_KEY): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * SQL that would bring the schema in line with the entities. Empty when the migrations describe the
 * entities exactly; a test asserts that, so no entity change lands without its migration.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}
