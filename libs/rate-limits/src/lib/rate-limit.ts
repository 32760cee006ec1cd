import { DomainError, ErrorCode } from '@flagship/api-core';

/**
 * A limit on how often something may be tried, declared once by the domain that applies it, e.g.
 * `{ name: 'sign-ups-per-address', points: 5, durationSeconds: 3600, refusal: 'Too many sign-ups from this network' }`.
 * A window opens with the first attempt and lasts `durationSeconds`; within it, attempt `points + 1`
 * and every later one are refused until the window ends.
 */
export interface RateLimit {
  /** Names the counter and prefixes its keys; unique across the platform. */
  name: string;
  /** Attempts allowed per window. */
  points: number;
  durationSeconds: number;
  /** The first sentence a refused person reads, e.g. "Too many sign-in attempts". */
  refusal: string;
}

/** RATE_LIMITED: try again in `extensions.retryAfterSeconds` (HTTP routes also send `Retry-After`). */
export class RateLimitedError extends DomainError {
  constructor(
    limit: RateLimit,
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorCode.RATE_LIMITED, `${limit.refusal}. Try again ${inAbout(retryAfterSeconds)}.`, undefined, { retryAfterSeconds });
    this.name = 'RateLimitedError';
  }
}

/** "in 40 seconds", "in 15 minutes", "in 3 hours": rounded up, so a person never retries too early. */
export function inAbout(seconds: number): string {
  if (seconds < 60) return plural(Math.max(1, Math.ceil(seconds)), 'second');
  if (seconds <= 90 * 60) return plural(Math.ceil(seconds / 60), 'minute');
  return plural(Math.ceil(seconds / 3600), 'hour');
}

const plural = (n: number, unit: string) => `in ${n} ${unit}${n === 1 ? '' : 's'}`;
