import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useId, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { ApiError, request } from '../../../lib/graphql-client';
import { formatPrice } from '../../../lib/format';
import { useViewer } from '../../auth/hooks/use-session';
import { TextField } from '../../auth/components/TextField';
import { FormError } from '../../auth/components/FormError';
import { useCart, cartKey } from '../../cart/hooks/use-cart';
import { CheckoutMutation, CheckoutOptionsQuery } from '../graphql/checkout';

// Stripe's code is only fetched when a Stripe payment is actually taken.
const StripePayment = lazy(() => import('./StripePayment'));

const countryName = (code: string) => new Intl.DisplayNames([navigator.language, 'en'], { type: 'region' }).of(code) ?? code;

/**
 * Address, shipping method, place the order. The page sends no prices: the API prices the cart. The
 * checkout key is made once per visit, so a double click or a retry places one order.
 */
export function CheckoutPage() {
  const { viewer, isLoading } = useViewer();
  const { cart } = useCart();
  const options = useQuery({ queryKey: ['checkout', 'options'], queryFn: () => request(CheckoutOptionsQuery) });
  const [checkoutKey] = useState(() => crypto.randomUUID());
  const [shippingMethodId, setShippingMethodId] = useState<string>('');
  const [address, setAddress] = useState({ name: '', line1: '', line2: '', city: '', postcode: '', country: 'DE' });
  const [clientSecret, setClientSecret] = useState<{ secret: string; orderId: string } | null>(null);
  const navigate = useNavigate();
  const client = useQueryClient();
  const ids = { country: useId(), shipping: useId() };

  const placeOrder = useMutation({
    mutationFn: () => request(CheckoutMutation, { input: { checkoutKey, shippingMethodId: shippingMethodId || options.data!.shippingMethods[0].id, address } }),
    onSuccess: async ({ checkout }) => {
      await client.invalidateQueries({ queryKey: cartKey });
      if (checkout.payment.clientSecret && checkout.payment.status === 'PENDING') {
        setClientSecret({ secret: checkout.payment.clientSecret, orderId: checkout.order.id });
      } else {
        navigate(`/orders/${checkout.order.id}`);
      }
    },
  });

  if (isLoading || options.isLoading) return <p aria-live="polite">Loading checkout…</p>;
  if (!viewer) return <Navigate to="/log-in?next=/checkout" replace />;
  if (options.error) return <p role="alert">{options.error.message}</p>;
  const data = options.data!;
  const error = placeOrder.error instanceof ApiError ? placeOrder.error : null;
  const fieldError = (field: string) => (error?.field === `address.${field}` ? error.message : undefined);
  const formError = placeOrder.error && !error?.field?.startsWith('address.') ? placeOrder.error.message : undefined;
  const update = (field: keyof typeof address) => (e: { target: { value: string } }) => setAddress((a) => ({ ...a, [field]: e.target.value }));
  const chosenShipping = shippingMethodId || data.shippingMethods[0]?.id;

  if (clientSecret && data.paymentSettings.stripePublishableKey) {
    return (
      <Suspense fallback={<p aria-live="polite">Loading the payment form…</p>}>
        <StripePayment publishableKey={data.paymentSettings.stripePublishableKey} clientSecret={clientSecret.secret} orderId={clientSecret.orderId} />
      </Suspense>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    placeOrder.mutate();
  };

  return (
    <section aria-labelledby="checkout-title" className="checkout">
      <h1 id="checkout-title">Checkout</h1>
      {data.paymentSettings.testMode && (
        <p className="test-mode" role="note">
          <strong>Test mode:</strong> no real payment is taken.
        </p>
      )}
      {cart && cart.items.length === 0 && !placeOrder.isPending ? (
        <p>Your cart is empty.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend>Delivery address</legend>
            <TextField label="Full name" name="name" autoComplete="name" required value={address.name} onChange={update('name')} error={fieldError('name')} />
            <TextField label="Street and number" name="line1" autoComplete="address-line1" required value={address.line1} onChange={update('line1')} error={fieldError('line1')} />
            <TextField label="Address line 2 (optional)" name="line2" autoComplete="address-line2" value={address.line2} onChange={update('line2')} error={fieldError('line2')} />
            <TextField label="Postcode" name="postcode" autoComplete="postal-code" required value={address.postcode} onChange={update('postcode')} error={fieldError('postcode')} />
            <TextField label="City" name="city" autoComplete="address-level2" required value={address.city} onChange={update('city')} error={fieldError('city')} />
            <div className="field">
              <label htmlFor={ids.country}>Country</label>
              <select id={ids.country} name="country" autoComplete="country" value={address.country} onChange={update('country')} aria-invalid={fieldError('country') ? true : undefined}>
                {data.taxRates.map((rate) => (
                  <option key={rate.country} value={rate.country}>
                    {countryName(rate.country)}
                  </option>
                ))}
              </select>
              {fieldError('country') && (
                <p className="field-error" role="alert">
                  {fieldError('country')}
                </p>
              )}
            </div>
          </fieldset>
          <fieldset>
            <legend>Shipping</legend>
            {data.shippingMethods.map((method) => (
              <label key={method.id} className="radio-row">
                <input type="radio" name={ids.shipping} value={method.id} checked={chosenShipping === method.id} onChange={() => setShippingMethodId(method.id)} />
                {method.name}: {formatPrice(method.price.amountMinor, method.price.currency)}
                {method.freeAbove && <span className="muted"> (free from {formatPrice(method.freeAbove.amountMinor, method.freeAbove.currency)})</span>}
              </label>
            ))}
          </fieldset>
          {cart?.subtotal && (
            <p className="cart-subtotal">
              Items: <strong>{formatPrice(cart.subtotal.amountMinor, cart.subtotal.currency)}</strong>
              <span className="muted"> {data.shopSettings.pricesIncludeTax ? 'incl. tax' : 'plus tax'}; shipping added when you place the order.</span>
            </p>
          )}
          <FormError message={formError} />
          <button type="submit" className="button-primary" disabled={placeOrder.isPending}>
            {placeOrder.isPending ? 'Placing order…' : data.paymentSettings.testMode && !data.paymentSettings.stripePublishableKey ? 'Place order (test mode)' : 'Continue to payment'}
          </button>
        </form>
      )}
    </section>
  );
}
