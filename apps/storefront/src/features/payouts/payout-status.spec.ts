import { describe, expect, it } from 'vitest';
import { onboardingAction } from './payout-status';

describe('onboardingAction', () => {
  it('offers Stripe onboarding, then continuing it, and nothing once payouts are on', () => {
    expect(onboardingAction('NOT_STARTED', false)).toBe('Set up payouts with Stripe');
    expect(onboardingAction('ONBOARDING', false)).toBe('Continue setting up with Stripe');
    expect(onboardingAction('RESTRICTED', false)).toBe('Continue setting up with Stripe');
    expect(onboardingAction('ENABLED', false)).toBeNull();
  });

  it('offers enabling test-mode payouts when no money moves', () => {
    expect(onboardingAction('NOT_STARTED', true)).toBe('Enable test-mode payouts');
    expect(onboardingAction('ENABLED', true)).toBeNull();
  });
});
