import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Suspense, useState, type ComponentType } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import type { CheckoutOptionsQuery as CheckoutOptions } from '@/gql/graphql';
import { fieldError, formError, requiredText, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { CheckoutMutation } from '../graphql/checkout';
import { checkoutQueries } from '../queries';

/** What the checkout needs of a card payment form (the app passes the payments feature's). */
export interface PaymentFormProps {
  publishableKey: string;
  clientSecret: string;
  orderId: string;
}

const countryName = (code: string) => new Intl.DisplayNames([navigator.language, 'en'], { type: 'region' }).of(code) ?? code;

// Named as the API's CheckoutInput, so its refusals (`address.postcode`) land beside the field.
const checkoutSchema = z.object({
  shippingMethodId: z.string().min(1, 'Choose a shipping method'),
  address: z.object({
    name: requiredText('Enter the recipient’s name'),
    line1: requiredText('Enter the street and number'),
    line2: z.string().trim(),
    postcode: z.string().trim().min(2, 'Enter the postcode').max(12, 'Enter the postcode'),
    city: requiredText('Enter the city'),
    country: z.string().length(2, 'Choose a country'),
  }),
});

/**
 * Address, shipping method, place the order. The page sends no prices: the API prices the cart. The
 * checkout key is made once per visit, so a double click or a retry places one order. The route
 * guard keeps visitors out; `onOrderPlaced` tells the app (which refreshes the cart).
 */
export function CheckoutPage({ PaymentForm, onOrderPlaced }: { PaymentForm: ComponentType<PaymentFormProps>; onOrderPlaced: () => Promise<unknown> }) {
  usePageTitle('Checkout');
  const options = useQuery(checkoutQueries.options());
  const [payment, setPayment] = useState<{ clientSecret: string; orderId: string } | null>(null);

  if (options.isLoading) return <p aria-live="polite">Loading checkout…</p>;
  if (options.error || !options.data) return <p role="alert">{options.error?.message ?? 'The checkout did not load'}</p>;
  const data = options.data;

  if (payment && data.paymentSettings.stripePublishableKey) {
    return (
      <Suspense fallback={<p aria-live="polite">Loading the payment form…</p>}>
        <PaymentForm publishableKey={data.paymentSettings.stripePublishableKey} clientSecret={payment.clientSecret} orderId={payment.orderId} />
      </Suspense>
    );
  }

  return (
    <section aria-labelledby="checkout-title" className="checkout">
      <h1 id="checkout-title">Checkout</h1>
      {data.paymentSettings.testMode && (
        <p className="test-mode" role="note">
          <strong>Test mode:</strong> no real payment is taken.
        </p>
      )}
      <CheckoutForm options={data} onOrderPlaced={onOrderPlaced} onPaymentNeeded={setPayment} />
    </section>
  );
}

function CheckoutForm({
  options,
  onOrderPlaced,
  onPaymentNeeded,
}: {
  options: CheckoutOptions;
  onOrderPlaced: () => Promise<unknown>;
  onPaymentNeeded: (payment: { clientSecret: string; orderId: string }) => void;
}) {
  const navigate = useNavigate();
  const [checkoutKey] = useState(() => crypto.randomUUID());
  const [placed, setPlaced] = useState(false);
  const form = useForm({
    resolver: zodResolver(checkoutSchema),
    defaultValues: {
      shippingMethodId: options.shippingMethods[0]?.id ?? '',
      address: { name: '', line1: '', line2: '', postcode: '', city: '', country: options.taxRates.some((rate) => rate.country === 'DE') ? 'DE' : (options.taxRates[0]?.country ?? '') },
    },
  });
  const placeOrder = useMutation({ mutationFn: (input: z.output<typeof checkoutSchema>) => request(CheckoutMutation, { input: { ...input, checkoutKey } }) });
  const submit = submitTo(form, async (input) => {
    const { checkout } = await placeOrder.mutateAsync(input);
    setPlaced(true);
    await onOrderPlaced();
    if (checkout.payment.clientSecret && checkout.payment.status === 'PENDING') onPaymentNeeded({ clientSecret: checkout.payment.clientSecret, orderId: checkout.order.id });
    else await navigate(`/orders/${checkout.order.id}`);
  });
  const { cart, paymentSettings, shopSettings } = options;

  if (cart.itemCount === 0 && !placed && !form.formState.isSubmitting) return <p>Your cart is empty.</p>;
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>Delivery address</legend>
        <TextField label="Full name" autoComplete="name" required {...form.register('address.name')} error={fieldError(form, 'address.name')} />
        <TextField label="Street and number" autoComplete="address-line1" required {...form.register('address.line1')} error={fieldError(form, 'address.line1')} />
        <TextField label="Address line 2 (optional)" autoComplete="address-line2" {...form.register('address.line2')} error={fieldError(form, 'address.line2')} />
        <TextField label="Postcode" autoComplete="postal-code" required {...form.register('address.postcode')} error={fieldError(form, 'address.postcode')} />
        <TextField label="City" autoComplete="address-level2" required {...form.register('address.city')} error={fieldError(form, 'address.city')} />
        <SelectField label="Country" autoComplete="country" {...form.register('address.country')} error={fieldError(form, 'address.country')}>
          {options.taxRates.map((rate) => (
            <option key={rate.country} value={rate.country}>
              {countryName(rate.country)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <fieldset>
        <legend>Shipping</legend>
        {options.shippingMethods.map((method) => (
          <label key={method.id} className="radio-row">
            <input type="radio" value={method.id} {...form.register('shippingMethodId')} />
            {method.name}: {formatMoney(method.price)}
            {method.freeAbove && <span className="muted"> (free from {formatMoney(method.freeAbove)})</span>}
          </label>
        ))}
        {fieldError(form, 'shippingMethodId') && (
          <p className="field-error" role="alert">
            {fieldError(form, 'shippingMethodId')}
          </p>
        )}
      </fieldset>
      {cart.subtotal && (
        <p className="cart-subtotal">
          Items: <strong>{formatMoney(cart.subtotal)}</strong>
          <span className="muted"> {shopSettings.pricesIncludeTax ? 'incl. tax' : 'plus tax'}; shipping added when you place the order.</span>
        </p>
      )}
      <FormError message={formError(form)} />
      <button type="submit" className="button-primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Placing order…' : paymentSettings.testMode && !paymentSettings.stripePublishableKey ? 'Place order (test mode)' : 'Continue to payment'}
      </button>
    </form>
  );
}
