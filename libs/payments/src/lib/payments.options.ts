import type { StripeSettings } from './provider/stripe-payment.provider';

export const PAYMENTS_OPTIONS = Symbol('PAYMENTS_OPTIONS');

export interface PaymentsOptions {
  /** Set when STRIPE_SECRET_KEY is: real payments. Otherwise the offline test provider. */
  stripe: StripeSettings | null;
}
