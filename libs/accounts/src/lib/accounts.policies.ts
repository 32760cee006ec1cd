import { Role, definePolicy, everyone, holdsRole } from '@flagship/api-core';

/**
 * Who may read or change people on the platform. The email lives only on `Account`, which is reached
 * through `me` (its owner) and brand-manager fields; everyone else sees `Member`.
 */
export const AccountPolicy = definePolicy('account', {
  noun: 'Account',
  refuseAs: 'FORBIDDEN',
  rules: {
    /** Every account on the platform, with its email and roles (the Members page). */
    list_all: holdsRole(Role.BRAND_MANAGER),
    /** Granting and removing roles (MODERATOR, VENDOR, BRAND_MANAGER). */
    manage_roles: holdsRole(Role.BRAND_MANAGER),
    /** Granting and removing the badges given by hand (expert). */
    grant_badges: holdsRole(Role.BRAND_MANAGER),
  },
});

/** A member's public profile: everyone may read it (trust and safety will hide suspended members). */
export const MemberPolicy = definePolicy('member', {
  noun: 'Member',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: everyone,
  },
});
