import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError, type RateLimit } from './rate-limit';

export const RATE_LIMITS_OPTIONS = Symbol('RATE_LIMITS_OPTIONS');

export interface RateLimitsOptions {
  /** The platform's PostgreSQL: every API process counts in the same table. */
  url: string;
  /** Connections of the limiter's own pool (see `RateLimiter`). */
  poolSize?: number;
}

const TABLE = 'rate_limit';

/**
 * Counts attempts per key (an account, an email address, a client address) in PostgreSQL, so every
 * API process shares one count. Built on rate-limiter-flexible's PostgreSQL store (fixed windows,
 * one atomic `INSERT … ON CONFLICT … RETURNING` per attempt).
 *
 * Attempts are counted on a small pool of the limiter's own, never in the caller's transaction: an
 * attempt that fails (a wrong password rolls its mutation back) still counts, and a request holding a
 * transaction connection never waits for a second connection from the same pool, which under a flood
 * of requests could leave every connection waiting for another.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly pool: pg.Pool;
  private readonly counters = new Map<string, RateLimiterPostgres>();

  constructor(@Inject(RATE_LIMITS_OPTIONS) options: RateLimitsOptions) {
    this.pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 2 });
    // An idle connection the server closes (a restart, a dropped database) is replaced on next use;
    // without a listener, pg-pool's 'error' event would end the process.
    this.pool.on('error', (error) => this.logger.warn(`An idle rate-limit connection was closed: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }

  /**
   * Counts one attempt on `key`. When the limit's attempts in this window are used up already, the
   * attempt is refused with RATE_LIMITED, saying when the window ends.
   */
  async consume(limit: RateLimit, key: string): Promise<void> {
    try {
      await this.counter(limit).consume(hashed(key));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedError(limit, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  /** Takes back one attempt that turned out not to count (a log-in with the right password). */
  async refund(limit: RateLimit, key: string): Promise<void> {
    await this.counter(limit).reward(hashed(key));
  }

  /** Forgets the key's attempts in this window. */
  async reset(limit: RateLimit, key: string): Promise<void> {
    await this.counter(limit).delete(hashed(key));
  }

  /** Deletes windows that have ended (the purge job runs this); returns how many. */
  async purgeEnded(now = Date.now()): Promise<number> {
    const result = await this.pool.query(`DELETE FROM ${TABLE} WHERE expire < $1`, [now]);
    return result.rowCount ?? 0;
  }

  private counter(limit: RateLimit): RateLimiterPostgres {
    let counter = this.counters.get(limit.name);
    if (!counter) {
      counter = new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: 'pool',
        tableName: TABLE,
        // Created by the migration; the library must not create tables at run time.
        tableCreated: true,
        // The purge job deletes ended windows once for all processes (RateLimitsPurgeJob).
        clearExpiredByTimeout: false,
        keyPrefix: limit.name,
        points: limit.points,
        duration: limit.durationSeconds,
      });
      this.counters.set(limit.name, counter);
    }
    return counter;
  }
}

/** Keys are stored hashed: the table holds no email address or client address in the clear. */
const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');
