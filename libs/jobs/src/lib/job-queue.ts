import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { PgBoss } from 'pg-boss';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  /** The platform's PostgreSQL; pg-boss keeps its tables in its own `pgboss` schema there. */
  url: string;
  /** Off in most tests, which call the job's service directly. */
  enabled: boolean;
}

const PGBOSS_SCHEMA = 'pgboss';
/** pg-boss 11 rewrote its tables (schema version 25) and cannot migrate pg-boss 10's (24 and older). */
const FIRST_SUPPORTED_SCHEMA_VERSION = 25;
// Any constant: the same in every process that may replace pg-boss 10's tables at once.
const REPLACE_LOCK_KEY = 0x70676273;

/**
 * Background and scheduled work on pg-boss, in the same PostgreSQL as everything else: no extra
 * service to run, and with several API processes each scheduled run is taken by exactly one of them.
 */
@Injectable()
export class JobQueue implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private boss?: PgBoss;

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {}

  async onModuleInit(): Promise<void> {
    if (!this.options.enabled) return;
    await this.replacePgBoss10Tables();
    this.boss = new PgBoss({ connectionString: this.options.url, schema: PGBOSS_SCHEMA, max: 3 });
    this.boss.on('error', (error: unknown) => this.logger.error(`pg-boss: ${String(error)}`));
    // pg-boss creates or migrates its schema under its own advisory lock, so replicas may start together.
    await this.boss.start();
  }

  /** Before the database pool closes (onApplicationShutdown): running jobs finish on open connections. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 });
  }

  get enabled(): boolean {
    return this.boss !== undefined;
  }

  /**
   * Runs `handler` on the cron schedule (UTC), once per tick across all processes. Creating the queue
   * is idempotent and serialised by pg-boss (since 11), so every replica can declare it at start.
   * `coalesce`: runs asked for with `runNow` while one is already waiting are dropped (at most one
   * waiting and one running; pg-boss's `stately` queue policy), for work that catches up on
   * everything when it runs.
   */
  async every(name: string, cron: string, handler: () => Promise<unknown>, options: { coalesce?: boolean } = {}): Promise<void> {
    if (!this.boss) return;
    await this.boss.createQueue(name, options.coalesce ? { policy: 'stately' } : undefined);
    await this.boss.schedule(name, cron);
    await this.boss.work(name, async () => {
      await handler();
    });
  }

  /** Queues one run now (also how tests check a worker is registered). */
  async runNow(name: string): Promise<string | null> {
    return this.boss ? this.boss.send(name, {}) : null;
  }

  /**
   * A database first run with pg-boss 10 holds its tables in a layout pg-boss 12 refuses to migrate.
   * They only ever held the ticks of recurring schedules, which every start declares again, so they
   * are dropped and pg-boss installs its current tables.
   */
  private async replacePgBoss10Tables(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.url });
    await client.connect();
    try {
      // Held until this connection ends, so of replicas starting together only one drops the old tables.
      await client.query('SELECT pg_advisory_lock($1)', [REPLACE_LOCK_KEY]);
      const installed = await client.query(`SELECT to_regclass($1) IS NOT NULL AS yes`, [`${PGBOSS_SCHEMA}.version`]);
      const version = installed.rows[0].yes
        ? Number((await client.query<{ version: number }>(`SELECT version FROM ${client.escapeIdentifier(PGBOSS_SCHEMA)}.version`)).rows[0]?.version)
        : null;
      if (version !== null && version < FIRST_SUPPORTED_SCHEMA_VERSION) {
        await client.query(`DROP SCHEMA ${client.escapeIdentifier(PGBOSS_SCHEMA)} CASCADE`);
        this.logger.warn(`Replaced pg-boss 10's job tables (schema version ${version}); scheduled jobs are declared again at start`);
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
