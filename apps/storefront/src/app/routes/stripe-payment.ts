import { lazy } from 'react';

/** Stripe's code is fetched only when a card payment is actually taken (checkout, an unpaid order). */
export const StripePayment = lazy(() => import('@/features/payments/components/StripePayment'));
