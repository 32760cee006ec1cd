import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role, declaredAccess, declaredRules, rootFieldsReaching, type Viewer } from '@flagship/api-core';
import { firstError } from '@flagship/testing';
import { getNamedType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * An email is personal: `Account` (the only type carrying one) hangs only off fields for its owner and
 * fields for brand managers. The walk follows every object field, interface and union from the roots,
 * so a new `Review.author: Account` or a public `accountById` fails here.
 */
describe('who can reach an account and its email', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  // Each returns the caller's own account: the one just signed in, or signed in now.
  const OWNER_FIELDS = ['Query.me', 'Mutation.logIn', 'Mutation.signUp'];

  it('reaches Account only from the owner’s own fields and brand-manager-only fields', () => {
    const schema = env.app.get(GraphQLSchemaHost).schema;
    const declared = declaredAccess(env.app);
    const reaching = rootFieldsReaching(schema, 'Account');

    // A field is for brand managers when a rule it names, checked before the resolver (it needs no
    // resource), refuses someone holding every other role.
    const rules = new Map(declaredRules().map(({ name, rule }) => [name, rule]));
    const everyOtherRole: Viewer = { accountId: 'x', roles: new Set(Object.values(Role).filter((role) => role !== Role.BRAND_MANAGER)), memberships: [], sessionId: 's' };
    const managerOnly = [...reaching.keys()].filter((field) =>
      (declared.get(field)?.rules ?? []).some((name) => !rules.get(name)!.needsResource && !rules.get(name)!.allows(everyOtherRole, undefined as never)),
    );
    const elsewhere = [...reaching].filter(([field]) => !OWNER_FIELDS.includes(field) && !managerOnly.includes(field)).map(([, path]) => path);

    expect(elsewhere).toEqual([]);
    expect(managerOnly.sort()).toEqual(['Mutation.grantBadge', 'Mutation.grantRole', 'Mutation.revokeBadge', 'Mutation.revokeRole', 'Query.accounts', 'Query.orderBuyer']);
    expect(OWNER_FIELDS.every((field) => reaching.has(field))).toBe(true);
    // And the public profile leads nowhere near it.
    expect(reaching.has('Query.member')).toBe(false);
    expect(reaching.has('Query.products')).toBe(false);
    // Nor does an order: its buyer is a Member there; the account is the back office's `orderBuyer`.
    expect(reaching.has('Query.order')).toBe(false);
    expect(reaching.has('Query.myOrders')).toBe(false);
  });

  it('has no email anywhere else in what the API returns', () => {
    const schema = env.app.get(GraphQLSchemaHost).schema;
    const emailFields = Object.values(schema.getTypeMap())
      .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values((type as { getFields(): Record<string, { name: string; type: Parameters<typeof getNamedType>[0] }> }).getFields()).map((field) => ({ type, field })))
      .filter(({ field }) => /e-?mail/i.test(field.name))
      .map(({ type, field }) => `${type.name}.${field.name}`);
    expect(emailFields).toEqual(['Account.email']);
    // Inputs may carry one (sign-up, log-in); that is the sender's own.
    expect(Object.values(schema.getTypeMap()).filter((type) => isInputObjectType(type) && 'email' in type.getFields()).map((type) => type.name).sort()).toEqual(['LogInInput', 'SignUpInput']);
  });

  it('refuses the brand-manager fields to a visitor, a consumer and a vendor', async () => {
    for (const client of [env.visitor(), env.as.consumer, env.as.vendor]) {
      const result = await client.request(`{ accounts { email } }`);
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(firstError(result).code);
      expect(JSON.stringify(result)).not.toContain('@');
    }
  });

  it('gives `me` only the caller’s own account', async () => {
    expect(await env.as.consumer.data(`{ me { email } }`)).toEqual({ me: { email: 'ana@riders.example' } });
    expect(await env.visitor().data(`{ me { email } }`)).toEqual({ me: null });
  });
});
