import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
// The /pure entry loads Stripe.js only when loadStripe is called, never on import.
import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { useMemo, useState, type FormEvent } from 'react';

/**
 * Stripe Elements: the card (or other method) is entered on Stripe's own fields and confirmed with
 * Stripe; the platform hears of the result through its webhook. Only used with a publishable key.
 */
export default function StripePayment({
  publishableKey,
  clientSecret,
  orderId,
  headingLevel = 1,
  returnPath = `/orders/${orderId}`,
}: {
  publishableKey: string;
  clientSecret: string;
  orderId: string;
  /** 2 when the form is part of a page with its own title (an unpaid order). */
  headingLevel?: 1 | 2;
  /** Where Stripe sends the buyer back after paying (checkout: the order's confirmation); the order's page by default. */
  returnPath?: string;
}) {
  const stripe = useMemo<Promise<Stripe | null>>(() => loadStripe(publishableKey), [publishableKey]);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby="pay-title" className="checkout">
      <Heading id="pay-title">Payment</Heading>
      <Elements stripe={stripe} options={{ clientSecret }}>
        <PaymentForm returnPath={returnPath} />
      </Elements>
    </section>
  );
}

function PaymentForm({ returnPath }: { returnPath: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setPaying(true);
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: `${window.location.origin}${returnPath}` } });
    // Only reached when confirmation failed; success redirects to `returnPath`.
    setError(result.error?.message ?? 'The payment did not go through');
    setPaying(false);
  };

  return (
    <form onSubmit={pay}>
      <PaymentElement />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button-primary" disabled={!stripe || paying}>
        {paying ? 'Paying…' : 'Pay now'}
      </button>
    </form>
  );
}
