import type { Rule } from './rule';
import type { NamedRule, ResourcePolicy } from './resource-policy';

export const GUARDS_METADATA = 'flagship:guards';

/**
 * Names the rule that decides access to the resource a Query's or Mutation's id points at, e.g.
 * `@Guards(OrderPolicy, 'read')` on `order(id)`. A rule that needs only the viewer (roles) is checked
 * by `PolicyGuard` before the resolver runs; a rule about the resource is checked by the service with
 * `OrderPolicy.authorize(…)` once it has loaded it. The policy-coverage test fails for a field that
 * takes an id and names no rule. Stacks: a field touching two resources names both.
 */
export function Guards<Rules extends Record<string, Rule<never>>>(policy: ResourcePolicy<Rules>, ...actions: [keyof Rules & string, ...(keyof Rules & string)[]]): MethodDecorator {
  return (_target, _key, descriptor: PropertyDescriptor) => {
    const handler = descriptor.value as object;
    const named: NamedRule[] = actions.map((action) => ({ name: policy.ruleName(action), rule: policy.rule(action) }));
    const existing = (Reflect.getMetadata(GUARDS_METADATA, handler) as NamedRule[] | undefined) ?? [];
    Reflect.defineMetadata(GUARDS_METADATA, [...existing, ...named], handler);
    return descriptor;
  };
}
