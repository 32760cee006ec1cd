import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { POLICY_METADATA, type AccessPolicy } from '@flagship/api-core';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

// @nestjs/graphql's own metadata keys on resolver methods.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/**
 * Deny by default, checked: every Query and Mutation field in the schema must be served by a resolver
 * method that declares an access policy (@Public, @Authenticated or @Roles).
 */
describe('access policy coverage', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  function declaredPolicies(): Map<string, AccessPolicy | undefined> {
    const modules = env.app.get(ModulesContainer);
    const scanner = new MetadataScanner();
    const policies = new Map<string, AccessPolicy | undefined>();
    const providers = [...modules.values()].flatMap((module) => [...module.providers.values()]);
    for (const wrapper of providers) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const type = Reflect.getMetadata(RESOLVER_TYPE, handler);
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = Reflect.getMetadata(RESOLVER_NAME, handler) ?? method;
        const policy = Reflect.getMetadata(POLICY_METADATA, handler) ?? Reflect.getMetadata(POLICY_METADATA, prototype.constructor);
        policies.set(`${type}.${name}`, policy);
      }
    }
    return policies;
  }

  it('finds a declared policy for every Query and Mutation field', () => {
    const schema = env.app.get(GraphQLSchemaHost).schema;
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    const policies = declaredPolicies();

    expect(fields.length).toBeGreaterThan(5);
    const withoutPolicy = fields.filter((field) => !policies.get(field));
    expect(withoutPolicy).toEqual([]);
  });

  it('would notice a field with no policy', () => {
    const policies = declaredPolicies();
    // The walk really reads metadata: known fields carry the policies they declare.
    expect(policies.get('Query.accounts')).toEqual({ kind: 'roles', roles: ['BRAND_MANAGER'] });
    expect(policies.get('Mutation.signUp')).toEqual({ kind: 'public' });
  });
});
