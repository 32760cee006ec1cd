import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-error';

export interface ErrorFormattingOptions {
  /** Development only: keep stack traces and messages of unexpected errors. */
  exposeInternals: boolean;
  onUnexpected: (error: unknown) => void;
}

/**
 * The one place errors become `extensions`. Domain errors keep their code and field; errors GraphQL
 * itself raises (parse, validation) pass through; anything else is logged and masked.
 */
export function createErrorFormatter(options: ErrorFormattingOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return options.exposeInternals ? formatted : withoutStacktrace(formatted);
    }
    options.onUnexpected(original);
    if (options.exposeInternals) return formatted;
    return {
      message: 'Something went wrong on our side',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
