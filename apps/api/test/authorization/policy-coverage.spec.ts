import { GraphQLSchemaHost } from '@nestjs/graphql';
import { fieldsWithoutPolicy } from '@flagship/api-core';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * Deny by default, checked: every Query and Mutation field in the schema must be served by a resolver
 * method that declares an access policy (@Public, @Authenticated or @Roles). That the walk notices a
 * missing policy is tested in libs/api-core (policy.guard.spec.ts).
 */
describe('access policy coverage', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('finds a declared policy for every Query and Mutation field of the platform', () => {
    const schema = env.app.get(GraphQLSchemaHost).schema;
    const fieldCount = Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length;

    expect(fieldCount).toBeGreaterThanOrEqual(7);
    expect(fieldsWithoutPolicy(env.app)).toEqual([]);
  });
});
