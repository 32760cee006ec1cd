import type { Role } from '@/gql/graphql';
import type { Viewer } from './session';

export const ROLE_LABELS: Record<Role, string> = {
  CONSUMER: 'Member',
  VENDOR: 'Vendor',
  MODERATOR: 'Moderator',
  BRAND_MANAGER: 'Brand manager',
};

/** Roles a brand manager grants; CONSUMER every account holds. */
export const GRANTABLE_ROLES: readonly Role[] = ['MODERATOR', 'VENDOR', 'BRAND_MANAGER'];

/** True when the viewer (null for a visitor) holds at least one of `roles`. The API checks the same on every request. */
export function hasAnyRole(viewer: Pick<Viewer, 'roles'> | null | undefined, roles: readonly Role[]): boolean {
  return viewer != null && viewer.roles.some((role) => roles.includes(role));
}

/** "Brand manager", "Moderator, Vendor", or "Member" for an account holding only CONSUMER. */
export function rolesLabel(roles: readonly Role[]): string {
  const granted = roles.filter((role) => role !== 'CONSUMER');
  return granted.length ? granted.map((role) => ROLE_LABELS[role]).join(', ') : ROLE_LABELS.CONSUMER;
}

/** Most telling first: a brand manager who also shops is shown as a brand manager. */
const LABEL_ORDER: readonly Role[] = ['BRAND_MANAGER', 'MODERATOR', 'VENDOR', 'CONSUMER'];

/** One label for the viewer's badge in the header: their most telling role. */
export function roleLabel(viewer: Pick<Viewer, 'roles'>): string {
  return ROLE_LABELS[LABEL_ORDER.find((role) => viewer.roles.includes(role)) ?? 'CONSUMER'];
}
