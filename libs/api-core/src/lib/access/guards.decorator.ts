import type { Rule } from './rule';
import type { NamedRule, ResourcePolicy } from './resource-policy';

export const GUARDS_METADATA = 'flagship:guards';

/**
 * Names the rule that decides who may use a Query, Mutation or route: `@Guards(OrderPolicy, 'read')` on
 * `order(id)`, `@Guards(OrderPolicy, 'fulfil')` on `fulfilOrder(id)`, `@Guards(OrderPolicy, 'list_all')`
 * on `manageOrders`. This is the one way a role is required: `PolicyGuard` checks a rule that needs only
 * the viewer (`holdsRole`) before the resolver runs; a rule about the resource is checked by the service
 * with `OrderPolicy.authorize(…)` once it has loaded it (services call it for every rule they are
 * guarded by, so a rule that gains a resource condition keeps working). The coverage test fails for a
 * field or route that takes an id and names no rule. Stacks: a field touching two resources names both.
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
