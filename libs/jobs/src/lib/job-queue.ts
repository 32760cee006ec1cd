import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  /** The platform's PostgreSQL; pg-boss keeps its tables in its own `pgboss` schema there. */
  url: string;
  /** Off in most tests, which call the job's service directly. */
  enabled: boolean;
}

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
    this.boss = new PgBoss({ connectionString: this.options.url, max: 3 });
    this.boss.on('error', (error: unknown) => this.logger.error(`pg-boss: ${String(error)}`));
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
   * Runs `handler` on the cron schedule (UTC), once per tick across all processes. `coalesce`: runs
   * asked for with `runNow` while one is already waiting are dropped (at most one waiting and one
   * running; pg-boss's `stately` queue policy), for work that catches up on everything when it runs.
   */
  async every(name: string, cron: string, handler: () => Promise<unknown>, options: { coalesce?: boolean } = {}): Promise<void> {
    if (!this.boss) return;
    await this.boss.createQueue(name, options.coalesce ? { name, policy: 'stately' } : undefined);
    await this.boss.schedule(name, cron);
    await this.boss.work(name, async () => {
      await handler();
    });
  }

  /** Queues one run now (also how tests check a worker is registered). */
  async runNow(name: string): Promise<string | null> {
    return this.boss ? this.boss.send(name, {}) : null;
  }
}
