import { QueryFailedError } from 'typeorm';

// Deadlock (40P01) and serialization failure (40001): the transaction was rolled back and is safe to run again.
const RETRYABLE = new Set(['40P01', '40001']);

export function isRetryable(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code !== undefined && RETRYABLE.has(code);
}

/** Runs `work` (a whole transaction) again, up to `attempts` times, when PostgreSQL rolled it back for a deadlock or serialization failure. */
export async function retryTransaction<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isRetryable(error) || attempt >= attempts) throw error;
    }
  }
}
