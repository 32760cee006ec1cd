import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createLogger } from '@flagship/api-core';
import { EmbeddedPostgresError, TransactionalConnection, openDatabaseServer, pendingSchemaChanges, runMigrations, withAdvisoryLock } from '@flagship/database';
import { withEventTable } from '@flagship/events';
import { printSchema } from 'graphql';
import { AppModule } from './app/app.module';
import { platformEventCatalog } from './app/event-catalog';
import { loadConfig } from './config';
import { DemoDataService, formatDemoLogins } from './demo/demo-data.service';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  migrate              apply pending migrations
  seed [--force]       create the Ridgeline Cycles demo data (idempotent) and print the demo logins;
                       refused in production unless --force: the demo logins are public
  schema <file>        write the GraphQL schema (SDL) to <file>
  migration:sql        print the SQL that would bring the schema in line with the entities
  events-doc <file>    write the event catalog's table into <file> (docs/events.md)`;

async function main(command: string | undefined, args: string[]): Promise<void> {
  if (!command || !['migrate', 'seed', 'schema', 'migration:sql', 'events-doc'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(command ? 1 : 0);
  }
  if (command === 'events-doc') {
    const target = args[0] ?? 'docs/events.md';
    await writeFile(target, withEventTable(await readFile(target, 'utf8'), platformEventCatalog));
    process.stdout.write(`Wrote the event catalog into ${target}\n`);
    return;
  }
  // One-off commands run no background jobs.
  const config = { ...loadConfig(), jobsEnabled: false };
  if (command === 'seed' && config.production && !args.includes('--force')) {
    process.stderr.write('Refusing to create demo accounts with public passwords in production. Add --force if you mean it.\n');
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, pretty: config.logFormat === 'pretty' });
  const database = await openDatabaseServer({
    databaseUrl: config.databaseUrl,
    dataDir: `${config.dataDir}/postgres`,
    embeddedPort: config.embeddedPostgresPort,
    databaseName: 'flagship',
  });
  // The same HTTP adapter as the server (Nest would otherwise look for Express); nothing listens.
  const app = await NestFactory.create(
    AppModule.forRoot({ config, databaseUrl: database.url, onUnexpectedError: (e) => logger.error(e) }),
    new FastifyAdapter(),
    { logger: false },
  );
  await app.init();
  try {
    const { dataSource } = app.get(TransactionalConnection);
    if (command === 'migrate') {
      const applied = await runMigrations(dataSource);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'No pending migrations.\n');
    } else if (command === 'seed') {
      const logins = await withAdvisoryLock(dataSource, async () => {
        await runMigrations(dataSource, { locked: true });
        return app.get(DemoDataService).seed();
      });
      process.stdout.write(`Ridgeline Cycles demo data is in place.\n\n${formatDemoLogins(logins)}\n`);
    } else if (command === 'schema') {
      const target = args[0] ?? 'apps/api/schema.graphql';
      await writeFile(target, `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`);
      process.stdout.write(`Wrote ${target}\n`);
    } else {
      await runMigrations(dataSource);
      const sql = await pendingSchemaChanges(dataSource);
      process.stdout.write(sql.length ? `${sql.join(';\n')};\n` : '-- entities and migrations agree\n');
    }
  } finally {
    await app.close();
    await database.stop();
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  // An error that says what to do needs no stack trace.
  const text = error instanceof EmbeddedPostgresError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
