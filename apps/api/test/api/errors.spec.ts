import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('errors in production mode', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({ production: true });
  });
  afterAll(() => env.close());

  it('carry a code and no stack trace', async () => {
    const result = await env.as.consumer.request(`{ accounts { id } }`);
    expect(result.errors?.[0]).toEqual({
      message: 'You are not allowed to do this',
      locations: [{ line: 1, column: 3 }],
      path: ['accounts'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('refuse introspection', async () => {
    const result = await env.visitor().request(`{ __schema { types { name } } }`);
    expect(firstError(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
