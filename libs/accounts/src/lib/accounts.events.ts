/** Events the accounts domain records in the platform event log (see docs/events.md). */
export const AccountEvents = {
  roleGranted: 'account.role_granted',
  roleRevoked: 'account.role_revoked',
  badgeGranted: 'account.badge_granted',
  badgeRevoked: 'account.badge_revoked',
} as const;
