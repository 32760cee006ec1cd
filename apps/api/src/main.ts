import 'reflect-metadata';
import { createLogger } from '@flagship/api-core';
import { EmbeddedPostgresError, openDatabaseServer } from '@flagship/database';
import { createApplication } from './app/create-application';
import { prepareDatabase } from './app/prepare-database';
import { loadConfig } from './config';
import { formatDemoLogins } from './demo/demo-data.service';

/** `npm start`: the platform on one port, on an embedded PostgreSQL unless DATABASE_URL is set. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    // A configuration mistake, not a crash: say what to set, without a stack trace.
    process.stderr.write(`Flagship will not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel, pretty: config.logFormat === 'pretty' });
  const database = await openDatabaseServer({
    databaseUrl: config.databaseUrl,
    dataDir: `${config.dataDir}/postgres`,
    embeddedPort: config.embeddedPostgresPort,
    databaseName: 'flagship',
  }).catch((error: unknown) => {
    // One that says what to do is printed as it is; anything else is a crash, logged with its stack.
    if (error instanceof EmbeddedPostgresError) process.stderr.write(`Flagship will not start: ${error.message}\n`);
    else logger.fatal({ err: error }, 'Flagship could not open its database');
    process.exit(1);
  });
  if (database.embedded) {
    const whose = database.shared ? 'started by another Flagship process' : 'started by this process';
    const postgresDir = `${config.dataDir}/postgres`;
    // As root in a folder the postgres user cannot enter, the cluster lives elsewhere (decision 0015): say where.
    const where = database.clusterDir && database.clusterDir !== postgresDir ? ` (its files are in ${database.clusterDir}, linked from ${postgresDir})` : '';
    logger.info({ dataDir: config.dataDir }, `Using the embedded PostgreSQL ${whose}${where}`);
  }
  if (!config.production) {
    logger.warn('Development mode: introspection, detailed errors and non-Secure cookies are on. Set NODE_ENV=production to deploy.');
  }

  let app: Awaited<ReturnType<typeof createApplication>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      // A second Ctrl-C: stop waiting.
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    await app?.close().catch((error: unknown) => logger.error({ err: error }, 'Error while closing the API'));
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    app = await createApplication({ config, databaseUrl: database.url, logger });
    if (config.migrateOnStart) {
      const { migrations, demoLogins } = await prepareDatabase(app, { demoData: config.demoData });
      if (migrations.length) logger.info({ migrations }, 'Applied migrations');
      if (demoLogins) process.stdout.write(`\n${formatDemoLogins(demoLogins)}\n\n`);
    }
    // Every interface, as a server in a container must; Fastify's default is localhost only.
    await app.listen(config.port, '0.0.0.0');
    logger.info(`Flagship is running on http://localhost:${config.port} (GraphQL at /graphql)`);
  } catch (error) {
    logger.fatal({ err: error }, 'Flagship could not start');
    await app?.close().catch(() => undefined);
    await database.stop();
    process.exit(1);
  }
}

void main();
