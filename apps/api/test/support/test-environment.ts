import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role, createLogger } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { GraphQLTestClient, createTestDatabase, type TestDatabase } from '@flagship/testing';
import type { DataSource } from 'typeorm';
import { createApplication, type CreateApplicationOptions } from '../../src/app/create-application';
import { platformEntities, platformMigrations } from '../../src/app/persistence';
import { loadConfig, type ApiConfig } from '../../src/config';
import { DemoDataService } from '../../src/demo/demo-data.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/ridgeline-cycles';

export interface TestEnvironment {
  app: NestFastifyApplication;
  baseUrl: string;
  dataSource: DataSource;
  /**
   * A signed-out visitor from a client address of its own (another person, as far as per-address rate
   * limits go), or from the address given.
   */
  visitor(address?: string): GraphQLTestClient;
  /** Clients already signed in during setup, one per role. */
  as: Record<'consumer' | 'vendor' | 'manager', GraphQLTestClient>;
  /** SQL statements the app ran, for N+1 assertions; reset it before the request you measure. */
  queries: string[];
  /** This environment's DATA_DIR (media files live under it). */
  dataDir: string;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

const demoLogin = (role: Role) => DEMO_ACCOUNTS.find((account) => (account.roles[0] ?? Role.CONSUMER) === role)!.email;

/**
 * Boots the real application on its own fresh database, seeds the Ridgeline Cycles demo as fixtures
 * and signs in one account of each role through GraphQL.
 */
export async function createTestEnvironment(
  overrides: Partial<ApiConfig> = {},
  options: {
    extraModules?: CreateApplicationOptions['extraModules'];
    /**
     * Another API process on this database (made with `createPlatformTestDatabase`), e.g. one started
     * after another one stopped; closing it leaves the database to its owner.
     */
    database?: TestDatabase;
  } = {},
): Promise<TestEnvironment> {
  const database: TestDatabase = options.database ?? (await createPlatformTestDatabase());
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'flagship-test-data-'));
  const config: ApiConfig = { ...loadConfig({ NODE_ENV: 'test' }), dataDir, storefrontDir: '/nonexistent', jobsEnabled: false, ...overrides };
  const queries: string[] = [];
  const app = await createApplication({
    config,
    databaseUrl: database.url,
    logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    onQuery: (sql) => queries.push(sql),
    extraModules: options.extraModules,
  });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  await app.get(DemoDataService).seed();

  const signIn = async (role: Role) => {
    const client = new GraphQLTestClient(baseUrl);
    await client.data(`mutation($input: LogInInput!) { logIn(input: $input) { account { id } } }`, {
      input: { email: demoLogin(role), password: DEMO_PASSWORD },
    });
    return client;
  };
  const { dataSource } = app.get(TransactionalConnection);
  let visitors = 0;
  return {
    app,
    baseUrl,
    dataSource,
    visitor: (address?: string) => new GraphQLTestClient(baseUrl, address ?? `2001:db8:${(++visitors).toString(16)}::1`),
    as: {
      consumer: await signIn(Role.CONSUMER),
      vendor: await signIn(Role.VENDOR),
      manager: await signIn(Role.BRAND_MANAGER),
    },
    queries,
    dataDir,
    count: async (table) => Number((await dataSource.query(`SELECT count(*) AS n FROM "${table}"`))[0].n),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated database of the platform, for tests that run several API processes on one. */
export function createPlatformTestDatabase(): Promise<TestDatabase> {
  return createTestDatabase({ entities: platformEntities, migrations: platformMigrations });
}
