import type { Role } from '@/gql/graphql';
import type { Viewer } from './session';

export const ROLE_LABELS: Record<Role, string> = {
  CONSUMER: 'Member',
  VENDOR: 'Vendor',
  BRAND_MANAGER: 'Brand manager',
};

/**
 * The roles a viewer holds. Every role check in the storefront goes through here, so when `me`
 * exposes a set of roles this is the line to change (to `viewer.roles`, with `roles` asked for in
 * MeQuery).
 */
export const rolesOf = (viewer: Pick<Viewer, 'role'>): readonly Role[] => [viewer.role];

/** True when the viewer holds at least one of `roles`. */
export function hasAnyRole(viewer: Pick<Viewer, 'role'> | null, roles: readonly Role[]): boolean {
  return viewer !== null && rolesOf(viewer).some((role) => roles.includes(role));
}

/** Most telling first: a brand manager who also shops is shown as a brand manager. */
const LABEL_ORDER: readonly Role[] = ['BRAND_MANAGER', 'VENDOR', 'CONSUMER'];

/** One label for the viewer's badge: their most telling role. */
export function roleLabel(viewer: Pick<Viewer, 'role'>): string {
  const held = rolesOf(viewer);
  return ROLE_LABELS[LABEL_ORDER.find((role) => held.includes(role)) ?? 'CONSUMER'];
}
