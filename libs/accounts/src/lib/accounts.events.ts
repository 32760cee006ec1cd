import { OrganisationRole, Role } from '@flagship/api-core';
import { defineEvents, z } from '@flagship/events';
import { GrantedBadge } from './badges/member-badge.entity';
import { OrganisationKind } from './organisation/organisation.entity';

// CONSUMER is every account's and is never granted or removed.
const grantableRole = z.enum([Role.VENDOR, Role.MODERATOR, Role.BRAND_MANAGER]);
const grantedBadge = z.enum(GrantedBadge);
const organisationRole = z.enum(OrganisationRole);

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
    recordedWhen: 'a brand manager grants a role the account did not hold (`grantRole`), or the platform does where no manager can (the demo seed, its first brand manager included)',
    actor: 'manager (null: the platform)',
    subject: 'account',
    payload: { role: grantableRole },
  },
  roleRevoked: {
    name: 'account.role_revoked',
    version: 1,
    recordedWhen: 'a brand manager removes a role the account held (`revokeRole`); it stops working on the account’s next request (VENDOR: so do its vendor memberships)',
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

/**
 * Who belongs to which organisation, as it changes. A vendor membership counts only while the account
 * holds VENDOR (`account.role_granted` / `account.role_revoked`), so the two together tell who could act
 * for a vendor when.
 */
export const OrganisationEvents = defineEvents('organisation', {
  created: {
    name: 'organisation.created',
    version: 1,
    recordedWhen: 'an organisation is created (a vendor, for now: the demo seed, later an approved application); its first owner joins with `organisation.member_added`',
    actor: 'manager (null: the platform)',
    subject: 'organisation',
    payload: { kind: z.enum(OrganisationKind) },
  },
  memberAdded: {
    name: 'organisation.member_added',
    version: 1,
    recordedWhen: 'an account joins an organisation, as owner or staff',
    actor: 'who added them (null: the platform)',
    subject: 'organisation',
    payload: { accountId: z.uuid(), role: organisationRole },
  },
  memberRoleChanged: {
    name: 'organisation.member_role_changed',
    version: 1,
    recordedWhen: 'a member of an organisation becomes owner or staff instead of the other (the last owner cannot step down)',
    actor: 'who changed it (null: the platform)',
    subject: 'organisation',
    payload: { accountId: z.uuid(), role: organisationRole, previousRole: organisationRole },
  },
  memberRemoved: {
    name: 'organisation.member_removed',
    version: 1,
    recordedWhen: 'an account leaves an organisation or is taken out of it (the last owner cannot be)',
    actor: 'who removed them (null: the platform)',
    subject: 'organisation',
    payload: { accountId: z.uuid(), role: organisationRole },
  },
});
