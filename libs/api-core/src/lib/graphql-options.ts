import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { readPrefetchedFieldsFromParent } from './graphql/prefetched-fields';
import { createErrorFormatter } from './errors/format-graphql-error';
import { jitExecutionPlugin } from './execution/jit-execution.plugin';
import { RequestLoaders } from './loaders/request-loaders';
import type { GraphQLRequestContext } from './request/viewer';

export interface GraphQLOptions {
  production: boolean;
  onUnexpectedError: (error: unknown) => void;
}

/**
 * Limits on what one operation may ask for, so a public API cannot be made to do unbounded work:
 * depth 6, 15 aliases, 50 directives, a cost budget and a token budget. Field suggestions are off.
 */
export const API_LIMITS = { maxDepth: 6, maxAliases: 15, maxDirectives: 50, maxCost: 5000, maxTokens: 1000 } as const;

function armor() {
  return new ApolloArmor({
    maxDepth: { n: API_LIMITS.maxDepth },
    maxAliases: { n: API_LIMITS.maxAliases },
    maxDirectives: { n: API_LIMITS.maxDirectives },
    costLimit: { maxCost: API_LIMITS.maxCost },
    // The token limit is graphql-js's own (`parseOptions` below): armor's Apollo plugin throws from a
    // plugin hook, which Apollo answers with HTTP 500, for any syntax error too.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Apollo Server at /graphql, schema generated from the code-first types. */
export function createGraphQLOptions(options: GraphQLOptions): ApolloDriverConfig {
  const { plugins, validationRules } = armor();
  const formatError = createErrorFormatter({ exposeInternals: !options.production, onUnexpected: options.onUnexpectedError });
  return {
    // Cache control hooks into every field resolution; the API sets no cache hints, so it is off.
    plugins: [...plugins, ApolloServerPluginCacheControlDisabled(), jitExecutionPlugin(formatError)],
    validationRules,
    // A document over the token limit stops parsing there: a syntax error, HTTP 400 like any other.
    parseOptions: { maxTokens: API_LIMITS.maxTokens },
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    transformSchema: readPrefetchedFieldsFromParent,
    sortSchema: true,
    introspection: !options.production,
    // No "Did you mean …?" suggestions that would leak the schema introspection hides.
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: !options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Apollo's Fastify integration calls the context function with Fastify's request and reply.
    context: (req: GraphQLRequestContext['req'], res: GraphQLRequestContext['res']): GraphQLRequestContext => ({ req, res, loaders: new RequestLoaders() }),
    formatError,
  };
}
