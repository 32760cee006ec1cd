import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

// Compiled queries are derived from documents clients send; bounded so many distinct queries
// cannot grow it without limit. Each process compiles its own: nothing here is shared state.
const MAX_COMPILED = 1000;

/**
 * Runs queries with graphql-jit instead of graphql-js's interpreter, inside Apollo Server: Apollo
 * still parses, validates (with the API limits), builds the context and sends the response; only
 * the execution of a validated query is replaced by a compiled function, cached per document.
 * Mutations keep graphql-js (they are few, and run one at a time by the spec).
 * Why: profiling the catalog page showed graphql-js field execution, Apollo's per-field work and the
 * garbage they leave as the largest costs after the database (docs/decisions/0007).
 */
export function jitExecutionPlugin(formatError: ErrorFormatter): ApolloServerPlugin {
  const compiled = new Map<string, CompiledQuery>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext: GraphQLRequestContext<Record<string, unknown>>) {
          const { operation, document, schema, queryHash, operationName } = requestContext;
          if (!operation || operation.operation !== 'query' || !document) return null;
          const key = `${queryHash}:${operationName ?? ''}`;
          let query = compiled.get(key);
          if (!query) {
            const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
            if (!isCompiledQuery(result)) return null;
            if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
            compiled.set(key, result);
            query = result;
          }
          const result = await query.query(undefined, requestContext.contextValue, requestContext.request.variables ?? {});
          // No `data` at all: the variables were refused before execution, as graphql-js would with
          // BAD_USER_INPUT and HTTP 400.
          const refusedInput = !('data' in result);
          const errors = result.errors?.map((error) => {
            const json = error.toJSON ? error.toJSON() : { message: error.message };
            return formatError(refusedInput ? { ...json, extensions: { ...json.extensions, code: 'BAD_USER_INPUT' } } : json, error);
          });
          if (refusedInput) requestContext.response.http.status = 400;
          return {
            http: requestContext.response.http,
            body: { kind: 'single', singleResult: { data: result.data, ...(errors?.length ? { errors } : {}) } },
          };
        },
      };
    },
  };
}
