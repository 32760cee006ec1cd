import { jest } from '@jest/globals';
import { ProductListingService } from '@flagship/catalog';
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

  it('mask unexpected failures: a generic message, no details, no stack trace', async () => {
    jest.spyOn(env.app.get(ProductListingService), 'list').mockRejectedValueOnce(new Error('connection to 10.0.0.7 refused'));

    const result = await env.visitor().request(`{ products { nodes { id } } }`);

    expect(result.errors).toEqual([
      {
        message: 'Something went wrong on our side',
        locations: [{ line: 1, column: 3 }],
        path: ['products'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });

  it('do not suggest field names for a misspelt field', async () => {
    const result = await env.visitor().request(`{ prodcts { nodes { id } } }`);
    expect(firstError(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|products/);
  });

  it('name the field of a badly typed variable', async () => {
    const result = await env.visitor().request(`query($first: Int!) { products(first: $first) { nodes { id } } }`, { first: 'ten' });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('come with security headers on every response', async () => {
    const response = await fetch(`${env.baseUrl}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuse introspection', async () => {
    const result = await env.visitor().request(`{ __schema { types { name } } }`);
    expect(firstError(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
