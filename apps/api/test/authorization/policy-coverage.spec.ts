import { GraphQLSchemaHost } from '@nestjs/graphql';
import { declaredAccess, declaredRules, fieldsTakingIds, fieldsTakingIdsWithoutRule, fieldsWithoutPolicy } from '@flagship/api-core';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * Deny by default, checked: every Query and Mutation field in the schema must be served by a resolver
 * method that declares an access policy (@Public, @Authenticated or @Roles), and every field that takes
 * an id (as an argument or inside an input) names the resource rule that guards what the id points at
 * (@Guards). That the walks notice a missing declaration is tested in libs/api-core (policy.guard.spec.ts);
 * that each rule refuses whom it should is policy-refusals.spec.ts.
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

  it('finds a named rule for every field that takes an id, and each named rule is declared by a policy', () => {
    const idFields = fieldsTakingIds(env.app.get(GraphQLSchemaHost).schema);
    const declared = declaredAccess(env.app);
    const ruleNames = new Set(declaredRules().map((rule) => rule.name));

    expect(idFields.length).toBeGreaterThanOrEqual(20);
    expect(fieldsTakingIdsWithoutRule(env.app)).toEqual([]);
    for (const field of idFields) for (const rule of declared.get(field)!.rules) expect(ruleNames).toContain(rule);
  });

  it('guards each id-taking field with the rule of the resource its id points at', () => {
    const declared = declaredAccess(env.app);
    const rulesOf = Object.fromEntries(fieldsTakingIds(env.app.get(GraphQLSchemaHost).schema).map((field) => [field, declared.get(field)!.rules]));
    // The map a reviewer reads: which rule decides access to what each id names.
    expect(rulesOf).toEqual({
      'Query.cartPreview': ['product.buy'],
      'Query.member': ['member.read'],
      'Query.order': ['order.read'],
      'Query.review': ['review.read'],
      'Mutation.addProductVariant': ['product.manage'],
      'Mutation.addToCart': ['product.buy'],
      'Mutation.adjustVariantStock': ['product.manage'],
      'Mutation.checkout': ['shipping_method.choose'],
      'Mutation.createProduct': ['product.manage'],
      'Mutation.fulfilOrder': ['order.fulfil'],
      'Mutation.grantBadge': ['account.grant_badges'],
      'Mutation.grantRole': ['account.manage_roles'],
      'Mutation.mergeCart': ['product.buy'],
      'Mutation.postReview': ['review.post'],
      'Mutation.refundOrder': ['order.refund'],
      'Mutation.removeProductImage': ['product.manage'],
      'Mutation.revokeBadge': ['account.grant_badges'],
      'Mutation.revokeRole': ['account.manage_roles'],
      'Mutation.setCartQuantity': ['product.buy'],
      'Mutation.setProductStatus': ['product.manage'],
      'Mutation.setVariantStock': ['product.manage'],
      'Mutation.updateProduct': ['product.manage'],
      'Mutation.updateProductVariant': ['product.manage'],
      'Mutation.updateShippingMethod': ['shipping_method.manage'],
    });
  });
});
