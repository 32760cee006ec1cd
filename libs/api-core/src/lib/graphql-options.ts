import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { createErrorFormatter } from './errors/format-graphql-error';
import { RequestLoaders } from './loaders/request-loaders';
import type { GraphQLRequestContext } from './request/viewer';

export interface GraphQLOptions {
  production: boolean;
  onUnexpectedError: (error: unknown) => void;
}

/** Apollo Server at /graphql, schema generated from the code-first types. */
export function createGraphQLOptions(options: GraphQLOptions): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !options.production,
    // No "Did you mean …?" suggestions that would leak the schema introspection hides.
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: !options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    context: ({ req, res }: Pick<GraphQLRequestContext, 'req' | 'res'>): GraphQLRequestContext => ({ req, res, loaders: new RequestLoaders() }),
    formatError: createErrorFormatter({
      exposeInternals: !options.production,
      onUnexpected: options.onUnexpectedError,
    }),
  };
}
