import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
// The /pure entry loads Stripe.js only when loadStripe is called, never on import.
import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { useMemo, useState, type FormEvent } from 'react';

/**
 * Stripe Elements: the card (or other method) is entered on Stripe's own fields and confirmed with
 * Stripe; the platform hears of the result through its webhook. Only used with a publishable key.
 */
export default function StripePayment({ publishableKey, clientSecret, orderId }: { publishableKey: string; clientSecret: string; orderId: string }) {
  const stripe = useMemo<Promise<Stripe | null>>(() => loadStripe(publishableKey), [publishableKey]);
  return (
    <section aria-labelledby="pay-title" className="checkout">
      <h1 id="pay-title">Payment</h1>
      <Elements stripe={stripe} options={{ clientSecret }}>
        <PaymentForm orderId={orderId} />
      </Elements>
    </section>
  );
}

function PaymentForm({ orderId }: { orderId: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setPaying(true);
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: `${window.location.origin}/orders/${orderId}` } });
    // Only reached when confirmation failed; success redirects to the order page.
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
