import { OrganisationRole, Role, hasAnyRole, type Viewer } from '../request/viewer';

/**
 * One condition of access: may this viewer (undefined for a visitor) do something to this resource?
 * Rules are pure and synchronous: all they need is on the viewer (roles and memberships, read with the
 * session on each request) or on the resource the service has loaded, so filtering a list costs no
 * query per item. Build them from the combinators below; policies (`definePolicy`) name them.
 */
export interface Rule<R = unknown> {
  /** Who is let in, in words ("its buyer, or brand managers"), for docs and logs. */
  readonly description: string;
  /**
   * False when the viewer alone decides (roles, signed in): `PolicyGuard` checks such a rule before
   * the resolver runs. A rule that looks at the resource is checked by the service once it is loaded.
   */
  readonly needsResource: boolean;
  /** True for a rule that lets everyone in, visitors too: it has no refusal to test. */
  readonly admitsEveryone: boolean;
  readonly allows: (viewer: Viewer | undefined, resource: R) => boolean;
}

const ROLE_NAMES: Record<Role, string> = {
  [Role.CONSUMER]: 'members',
  [Role.VENDOR]: 'vendors',
  [Role.MODERATOR]: 'moderators',
  [Role.BRAND_MANAGER]: 'brand managers',
};

const list = (words: string[], last: 'or' | 'and') => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`);

/** Anyone, visitors included. */
export const everyone: Rule<unknown> = { description: 'everyone', needsResource: false, admitsEveryone: true, allows: () => true };

/** Any signed-in account. */
export const signedIn: Rule<unknown> = { description: 'signed-in members', needsResource: false, admitsEveryone: false, allows: (viewer) => viewer !== undefined };

/** Holders of any of these roles (granted roles are read afresh on every request). */
export function holdsRole(...roles: [Role, ...Role[]]): Rule<unknown> {
  return {
    description: list(roles.map((role) => ROLE_NAMES[role]), 'or'),
    needsResource: false,
    admitsEveryone: false,
    allows: (viewer) => hasAnyRole(viewer, roles),
  };
}

/** The account the resource belongs to, e.g. `isAccount((order: Order) => order.accountId, 'its buyer')`. */
export function isAccount<R>(accountOf: (resource: R) => string | null | undefined, who = 'its owner'): Rule<R> {
  return {
    description: who,
    needsResource: true,
    admitsEveryone: false,
    allows: (viewer, resource) => viewer !== undefined && accountOf(resource) === viewer.accountId,
  };
}

/**
 * Members of the organisation the resource belongs to, in one of `roles` (owners and staff by
 * default), e.g. `memberOf((listing: Listing) => listing.vendorId)`: a vendor's staff and its listings.
 */
export function memberOf<R>(
  organisationOf: (resource: R) => string | null | undefined,
  roles: readonly OrganisationRole[] = [OrganisationRole.OWNER, OrganisationRole.STAFF],
  who = roles.length === 1 ? `its organisation's ${roles[0] === OrganisationRole.OWNER ? 'owners' : 'staff'}` : "its organisation's people",
): Rule<R> {
  return {
    description: who,
    needsResource: true,
    admitsEveryone: false,
    allows: (viewer, resource) => {
      const organisationId = organisationOf(resource);
      return !!viewer && !!organisationId && viewer.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role));
    },
  };
}

/** A condition on the resource alone, whoever asks, e.g. `resourceIs((p: Product) => p.status === 'PUBLISHED', 'a published product')`. */
export function resourceIs<R>(test: (resource: R) => boolean, what: string): Rule<R> {
  return { description: `anyone, for ${what}`, needsResource: true, admitsEveryone: false, allows: (_viewer, resource) => test(resource) };
}

/** Let in by any of the rules. */
export function anyOf<R>(...rules: [Rule<R>, ...Rule<R>[]]): Rule<R> {
  return {
    description: list(rules.map((rule) => rule.description), 'or'),
    needsResource: rules.some((rule) => rule.needsResource),
    admitsEveryone: rules.some((rule) => rule.admitsEveryone),
    allows: (viewer, resource) => rules.some((rule) => rule.allows(viewer, resource)),
  };
}
