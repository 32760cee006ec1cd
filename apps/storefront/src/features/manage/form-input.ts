import { ApiError } from '../../lib/graphql-client';

/** "49.90" or "49,90" to minor units (4990); null when it is not an amount. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  return Math.round(Number(trimmed) * 100);
}

/** Minor units to the text an amount field shows: 4990 → "49.90". */
export const amountText = (minor: number) => (minor / 100).toFixed(2);

/** A local check failed before anything was sent: shown next to `field`, like the API's own errors. */
export class InputError extends ApiError {
  constructor(field: string, message: string) {
    super(message, 'BAD_USER_INPUT', field);
  }
}

/**
 * The message for one field from a failed mutation (`extensions.field`), and one for the whole form
 * when the error names no field the form shows.
 */
export function errorsOf(error: unknown, fields: readonly string[]) {
  const apiError = error instanceof ApiError ? error : null;
  const field = (name: string) => (apiError?.field === name ? apiError.message : undefined);
  const form = error && !(apiError?.field && fields.includes(apiError.field)) ? (error as Error).message : undefined;
  return { field, form };
}
