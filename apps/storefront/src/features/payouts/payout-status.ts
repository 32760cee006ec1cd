import type { BadgeTone } from '@/components/ui';
import type { PayoutAccountStatus, PayoutStatus } from '@/gql/graphql';

/** How the dashboard names a payout's state, and its badge's tone (the words carry the meaning). */
export const payoutStatusLabel: Record<PayoutStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: 'Sending', tone: 'primary' },
  SENT: { label: 'Sent', tone: 'success' },
  FAILED: { label: 'Declined, retrying', tone: 'danger' },
  BLOCKED: { label: 'Waiting on you', tone: 'warning' },
  REVERSED: { label: 'Partly taken back', tone: 'warning' },
};

export const accountStatusLabel: Record<PayoutAccountStatus, { label: string; tone: BadgeTone; description: string }> = {
  NOT_STARTED: { label: 'Not set up', tone: 'neutral', description: 'Connect a bank account through Stripe to receive your earnings.' },
  ONBOARDING: { label: 'Setup unfinished', tone: 'warning', description: 'Stripe still needs some details before it can pay you.' },
  RESTRICTED: { label: 'On hold at Stripe', tone: 'danger', description: 'Stripe has paused transfers to your account; open Stripe to see what it needs.' },
  ENABLED: { label: 'Payouts on', tone: 'success', description: 'Your share of each order is sent once the order is fulfilled (used items: when the funds are released).' },
};

/** The next step for a seller in this state, or null when there is none. */
export function onboardingAction(status: PayoutAccountStatus, testMode: boolean): string | null {
  if (status === 'ENABLED') return null;
  if (testMode) return 'Enable test-mode payouts';
  return status === 'NOT_STARTED' ? 'Set up payouts with Stripe' : 'Continue setting up with Stripe';
}
