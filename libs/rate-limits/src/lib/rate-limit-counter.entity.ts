import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One rate-limit window: rate-limiter-flexible's PostgreSQL table, created by our migration (the
 * library is told the table exists and never creates one at run time). Written only by
 * `RateLimiter`; rows whose window ended are purged by a job.
 */
@Entity('rate_limit')
@Index('rate_limit_expire_idx', ['expire'])
export class RateLimitCounter {
  /** `<limit name>:<hash of the key>`: no email address or client address is stored in the clear. */
  @PrimaryColumn('varchar', { length: 255, primaryKeyConstraintName: 'rate_limit_pkey' })
  key!: string;

  /** Attempts counted in the window. */
  @Column('integer', { default: 0 })
  points!: number;

  /** When the window ends, in milliseconds since the epoch (the library's format). */
  @Column('bigint', { nullable: true })
  expire!: string | null;
}
