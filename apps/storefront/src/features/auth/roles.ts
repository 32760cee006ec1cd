import type { Role } from '../../gql/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  CONSUMER: 'Member',
  VENDOR: 'Vendor',
  MODERATOR: 'Moderator',
  BRAND_MANAGER: 'Brand manager',
};

/** Roles a brand manager grants; CONSUMER every account holds. */
export const GRANTABLE_ROLES: Role[] = ['MODERATOR', 'VENDOR', 'BRAND_MANAGER'];

/** True when the viewer (null for a visitor) holds the role. The API checks the same on every request. */
export function hasRole(viewer: { roles: readonly Role[] } | null | undefined, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

/** "Brand manager", "Moderator, Vendor", or "Member" for an account holding only CONSUMER. */
export function rolesLabel(roles: readonly Role[]): string {
  const granted = roles.filter((role) => role !== 'CONSUMER');
  return granted.length ? granted.map((role) => ROLE_LABELS[role]).join(', ') : ROLE_LABELS.CONSUMER;
}
