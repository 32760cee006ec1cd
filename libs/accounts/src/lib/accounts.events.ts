import { defineEvents } from '@flagship/events';

/**
 * Events the accounts domain records in the platform event log (docs/events.md is tested against
 * these). Role grants and removals (a brand manager's mutation) are declared here too when they come:
 * `account.role_granted`, `account.role_removed`, with the role in the payload.
 */
export const AccountEvents = defineEvents('account', {
  signedUp: {
    name: 'account.signed_up',
    version: 1,
    recordedWhen: 'someone signs up (a consumer account); demo and granted accounts are not sign-ups',
    actor: 'the new member',
    subject: 'account',
    payload: {},
  },
});
