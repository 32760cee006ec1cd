import { ApiError } from '../../../lib/graphql-client';

/** Splits an API error into a message for one field (BAD_USER_INPUT, CONFLICT) or for the whole form. */
export function formErrors(error: unknown): { field?: string; fieldMessage?: string; formMessage?: string } {
  if (!error) return {};
  if (error instanceof ApiError && error.field) return { field: error.field, fieldMessage: error.message };
  return { formMessage: error instanceof Error ? error.message : 'Something went wrong' };
}
