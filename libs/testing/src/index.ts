export { createTestDatabase, type TestDatabase, type TestSchema } from './test-database';
export { GraphQLTestClient, firstError, type GraphQLResult } from './graphql-test-client';
export { freePort } from './free-port';
