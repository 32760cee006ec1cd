import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { TransactionalConnection } from './transactional-connection';

export interface DatabaseModuleOptions {
  url: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /** Connections per process; several API processes share one server. */
  poolSize?: number;
  /** Called with each SQL statement, e.g. to count statements per request in tests. */
  onQuery?: (sql: string) => void;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
          uuidExtension: 'pgcrypto',
          installExtensions: false,
          url: options.url,
          entities: options.entities,
          migrations: options.migrations,
          // The schema only ever changes through migrations.
          synchronize: false,
          migrationsRun: false,
          extra: { max: options.poolSize ?? 10 },
          logging: options.onQuery ? ['query'] : false,
          logger: options.onQuery ? new QueryCounterLogger(options.onQuery) : undefined,
        }),
      ],
      providers: [TransactionalConnection],
      exports: [TransactionalConnection],
    };
  }
}

class QueryCounterLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string) {
    this.onQuery(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
