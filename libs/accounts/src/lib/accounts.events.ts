import { Role } from '@flagship/api-core';
import { defineEvents, z } from '@flagship/events';
import { GrantedBadge } from './badges/member-badge.entity';

// CONSUMER is every account's and is never granted or removed.
const grantableRole = z.enum([Role.VENDOR, Role.MODERATOR, Role.BRAND_MANAGER]);
const grantedBadge = z.enum(GrantedBadge);

/** Events the accounts domain records in the platform event log (docs/events.md is tested against these). */
export const AccountEvents = defineEvents('account', {
  signedUp: {
    name: 'account.signed_up',
    version: 1,
    recordedWhen: 'someone signs up (a consumer account); demo and granted accounts are not sign-ups',
    actor: 'the new member',
    subject: 'account',
    payload: {},
  },
  roleGranted: {
    name: 'account.role_granted',
    version: 1,
    recordedWhen: 'a brand manager grants a role the account did not hold (`grantRole`)',
    actor: 'manager',
    subject: 'account',
    payload: { role: grantableRole },
  },
  roleRevoked: {
    name: 'account.role_revoked',
    version: 1,
    recordedWhen: 'a brand manager removes a role the account held (`revokeRole`); it stops working on the account’s next request',
    actor: 'manager',
    subject: 'account',
    payload: { role: grantableRole },
  },
  badgeGranted: {
    name: 'account.badge_granted',
    version: 1,
    recordedWhen: 'a brand manager grants a badge the member did not have (`grantBadge`, e.g. expert)',
    actor: 'manager',
    subject: 'account',
    payload: { badge: grantedBadge },
  },
  badgeRevoked: {
    name: 'account.badge_revoked',
    version: 1,
    recordedWhen: 'a brand manager removes a granted badge (`revokeBadge`)',
    actor: 'manager',
    subject: 'account',
    payload: { badge: grantedBadge },
  },
});
