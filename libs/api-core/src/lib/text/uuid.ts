import { isUUID } from 'class-validator';

/**
 * True for a UUID in its text form, as the platform's ids are. The one check for every id that comes
 * from outside (an id argument, a cursor, a webhook's metadata, an event's actor) before it reaches a
 * `uuid` column, where anything else is a database error. It is class-validator's, as `@IsUUID()` on
 * input DTOs is, so an id is judged alike wherever it arrives.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && isUUID(value);
}
