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
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...original.extensions },
      };
    }
    const code = formatted.extensions?.code;
    if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.field) {
      // GraphQL's own input coercion (unknown field, wrong type, missing value) names no field.
      const field = fieldOfCoercionError(formatted.message);
      const withField = field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
      return options.exposeInternals ? withField : withoutStacktrace(withField);
    }
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

/**
 * The input field a graphql-js coercion message is about, in the same form as validation errors:
 * `Variable "$input" got invalid value …; Field "role" is not defined …` → `role`;
 * `… at "input.address"; Field "zip" …` → `address.zip`; `Variable "$first" got invalid value …` → `first`.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const field = /; Field "([^"]+)"/.exec(message)?.[1];
  const pathInsideVariable = at?.split('.').slice(1).join('.');
  const parts = [pathInsideVariable, field].filter((part): part is string => Boolean(part));
  if (parts.length) return parts.join('.');
  return variable;
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
