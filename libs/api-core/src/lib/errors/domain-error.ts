import { IntrinsicException } from '@nestjs/common';

/**
 * Codes a client can branch on, sent as `extensions.code`. Domains add their own business outcomes
 * (e.g. OUT_OF_STOCK) by passing another string; these are the shared ones.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** Too many attempts: `extensions.retryAfterSeconds` says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An expected failure a client can act on. Anything else that escapes a resolver is a bug and reaches
 * the client only as INTERNAL_SERVER_ERROR with no details. (IntrinsicException: Nest does not log
 * these as failures; they are outcomes.)
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode | (string & {}),
    message: string,
    /** The input field at fault, e.g. `email`, for BAD_USER_INPUT and CONFLICT. */
    readonly field?: string,
    /** More for the client beside `code` and `field`, e.g. `{ retryAfterSeconds: 60 }`. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} was not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in to do this') => new DomainError(ErrorCode.UNAUTHENTICATED, message);
