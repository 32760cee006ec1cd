import { DomainError, ErrorCode, forbidden, notFound, unauthenticated } from '../errors/domain-error';
import type { Viewer } from '../request/viewer';
import type { Rule } from './rule';

type AnyRules = Record<string, Rule<never>>;
type ResourceOf<T> = T extends Rule<infer R> ? R : never;

/** A rule by its name (`order.read`), as `@Guards` records it and the coverage tests list it. */
export interface NamedRule {
  name: string;
  rule: Rule<never>;
}

export interface PolicyOptions<Rules extends AnyRules> {
  /** What the resource is called in a NOT_FOUND message: 'Order' gives "Order was not found". */
  noun: string;
  /**
   * How a refused viewer is answered. NOT_FOUND when the id alone must reveal nothing (someone else's
   * order simply does not exist for you); FORBIDDEN when the resource is known to exist anyway.
   * A visitor refused by a FORBIDDEN policy gets UNAUTHENTICATED.
   */
  refuseAs: 'NOT_FOUND' | 'FORBIDDEN';
  /** One rule per action: `read`, `update`, `hide`… */
  rules: Rules;
}

/** What to say instead of the policy's default refusal (e.g. the input field at fault). */
export interface Refusal {
  message?: string;
  field?: string;
}

/**
 * Who may do what to one type of resource, in one place. Services load the resource and ask:
 * `OrderPolicy.authorize(viewer, 'read', order)` returns the order or throws the policy's refusal;
 * `can` answers yes or no; `filter` keeps what the viewer may see.
 */
export class ResourcePolicy<Rules extends AnyRules> {
  constructor(
    readonly resource: string,
    private readonly options: PolicyOptions<Rules>,
  ) {}

  get actions(): (keyof Rules & string)[] {
    return Object.keys(this.options.rules);
  }

  rule<A extends keyof Rules & string>(action: A): Rules[A] {
    return this.options.rules[action];
  }

  /** `order.read` */
  ruleName(action: keyof Rules & string): string {
    return `${this.resource}.${action}`;
  }

  can<A extends keyof Rules & string>(viewer: Viewer | null | undefined, action: A, resource: ResourceOf<Rules[A]>): boolean {
    return (this.options.rules[action] as unknown as Rule<ResourceOf<Rules[A]>>).allows(viewer ?? undefined, resource);
  }

  /**
   * The resource, when the viewer may do `action` to it. A missing resource (null) is NOT_FOUND; a
   * refusal is answered as the policy says (`refuseAs`), so "not yours" and "not there" can look alike.
   */
  authorize<A extends keyof Rules & string, T extends ResourceOf<Rules[A]>>(
    viewer: Viewer | null | undefined,
    action: A,
    resource: T | null | undefined,
    refusal: Refusal = {},
  ): T {
    if (resource === null || resource === undefined) throw this.notFound(refusal);
    if (this.can(viewer, action, resource)) return resource;
    if (this.options.refuseAs === 'NOT_FOUND') throw this.notFound(refusal);
    if (!viewer) throw unauthenticated();
    throw refusal.field ? new DomainError(ErrorCode.FORBIDDEN, refusal.message ?? forbidden().message, refusal.field) : forbidden(refusal.message);
  }

  /** The resources the viewer may do `action` to, in their order. */
  filter<A extends keyof Rules & string, T extends ResourceOf<Rules[A]>>(viewer: Viewer | null | undefined, action: A, resources: readonly T[]): T[] {
    return resources.filter((resource) => this.can(viewer, action, resource));
  }

  private notFound(refusal: Refusal): DomainError {
    if (!refusal.message && !refusal.field) return notFound(this.options.noun);
    return new DomainError(ErrorCode.NOT_FOUND, refusal.message ?? notFound(this.options.noun).message, refusal.field);
  }
}

const policies = new Map<string, ResourcePolicy<AnyRules>>();

/**
 * Declares the rules of one resource type, once, beside the domain's service (`order.policy.ts`).
 * The platform keeps a list of every policy so the coverage tests can name every rule.
 */
export function definePolicy<const Rules extends AnyRules>(resource: string, options: PolicyOptions<Rules>): ResourcePolicy<Rules> {
  if (policies.has(resource)) throw new Error(`A policy for "${resource}" is declared twice`);
  // Each named rule is an object of its own, even where actions share one (`published`, `signedIn`):
  // the refusal tests loosen one named rule at a time (policy-refusals.spec.ts) and must touch no other.
  const rules = Object.fromEntries(Object.entries(options.rules).map(([action, rule]) => [action, { ...rule }])) as Rules;
  const policy = new ResourcePolicy(resource, { ...options, rules });
  policies.set(resource, policy as unknown as ResourcePolicy<AnyRules>);
  return policy;
}

/** Every rule of every declared policy, by name. */
export function declaredRules(): NamedRule[] {
  return [...policies.values()].flatMap((policy) => policy.actions.map((action) => ({ name: policy.ruleName(action), rule: policy.rule(action) })));
}
