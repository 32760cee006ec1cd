export { DatabaseModule, type DatabaseModuleOptions } from './lib/database.module';
export { TransactionalConnection } from './lib/transactional-connection';
export { openDatabaseServer, type DatabaseServer, type DatabaseServerOptions } from './lib/database-server';
export { startEmbeddedPostgres, ensureDatabase, dropDatabase, withDatabase, type RunningPostgres } from './lib/embedded-postgres';
export { EmbeddedPostgresError } from './lib/postgres-installation';
export { runMigrations, withAdvisoryLock, pendingSchemaChanges } from './lib/migrations';
export { isUniqueViolation } from './lib/postgres-errors';
export { bigintNumber, toSafeInteger } from './lib/bigint-number';
