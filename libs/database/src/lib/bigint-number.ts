import type { ValueTransformer } from 'typeorm';

/**
 * A PostgreSQL `bigint` (which node-postgres reads as a string) as a JavaScript number. Exact up to
 * 2^53 - 1 (Number.MAX_SAFE_INTEGER); beyond that the value is refused, never rounded: an amount that
 * would silently lose its last digits is worse than an error.
 */
export function toSafeInteger(value: unknown): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(number)) {
    throw new RangeError(`${String(value)} is not an integer JavaScript can hold exactly (at most ${Number.MAX_SAFE_INTEGER})`);
  }
  return number;
}

/** `@Column('bigint', { transformer: bigintNumber })`: money and other 64-bit integers read as numbers. */
export const bigintNumber: ValueTransformer = {
  to: (value: unknown) => (value === null || value === undefined || typeof value === 'object' ? value : toSafeInteger(value)),
  from: (value: unknown) => (value === null || value === undefined ? value : toSafeInteger(value)),
};
