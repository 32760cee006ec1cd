import { zodResolver } from '@hookform/resolvers/zod';
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useId, useMemo, useState, type ComponentType } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { addressOnOneLine } from '@/components/address/AddressInWords';
import { FormError } from '@/components/form/FormError';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { EmptyState, buttonClassName } from '@/components/ui';
import type { CheckoutOptionsQuery as CheckoutOptions } from '@/gql/graphql';
import { countryName } from '@/lib/countries';
import { ADDRESS_BOOK_SIZE, addressSchema, blankAddress, sameAddress, toAddressFormValues, type ShippingCountry } from '@/lib/address';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { ApiError, request } from '@/lib/graphql-client';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { CheckoutMutation } from '../graphql/checkout';
import { checkoutQueries } from '../queries';
import { OrderSummary, type Quote } from './OrderSummary';
import '../checkout.css';

/** What the checkout needs of a card payment form (the app passes the payments feature's). */
export interface PaymentFormProps {
  publishableKey: string;
  clientSecret: string;
  orderId: string;
  /** Where Stripe sends the buyer once paid: the order's confirmation. */
  returnPath: string;
}

/** Where the buyer lands once the order is placed (and paid, when paying by card). */
export const confirmationPath = (orderId: string) => `/orders/${orderId}/confirmation`;

/** Named as the API's CheckoutInput, so its refusals (`address.postcode`, `saveAddress`) land beside the field. */
const checkoutSchema = (countries: readonly ShippingCountry[]) =>
  z.object({
    shippingMethodId: z.string().min(1, 'Choose a shipping method'),
    address: addressSchema(countries),
    saveAddress: z.boolean(),
  });

/**
 * Address, shipping method, the order summary, place the order. The page sends no prices: the
 * summary is the API's quote (the same computation as the order), and the total it shows is sent
 * as the expected one, so the order is placed at that total or not at all. The checkout key is made
 * once per visit, so a double click or a retry places one order. The route guard keeps visitors
 * out; `onOrderPlaced` tells the app (which refreshes the cart).
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
        <PaymentForm
          publishableKey={data.paymentSettings.stripePublishableKey}
          clientSecret={payment.clientSecret}
          orderId={payment.orderId}
          returnPath={confirmationPath(payment.orderId)}
        />
      </Suspense>
    );
  }

  return (
    <section aria-labelledby="checkout-title" className="checkout-page">
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
  const client = useQueryClient();
  const formId = useId();
  const [checkoutKey] = useState(() => crypto.randomUUID());
  const [placed, setPlaced] = useState(false);
  const { shippingMethods, taxRates, paymentSettings } = options;
  const shippable = useMemo(() => new Set(taxRates.map((rate) => rate.country)), [taxRates]);
  // A saved address the shop no longer ships to is not offered.
  const savedAddresses = options.savedAddresses.filter((address) => shippable.has(address.country));
  const firstSaved = savedAddresses.find((address) => address.isDefault) ?? savedAddresses[0];
  const [chosenAddress, setChosenAddress] = useState(firstSaved?.id ?? 'new');
  const schema = useMemo(() => checkoutSchema(taxRates), [taxRates]);
  const defaultCountry = shippable.has('DE') ? 'DE' : (taxRates[0]?.country ?? '');
  const form = useForm({
    resolver: zodResolver(schema),
    // Every problem at once, and focus on the first (react-hook-form focuses the first invalid field in form order).
    shouldFocusError: true,
    defaultValues: {
      shippingMethodId: shippingMethods[0]?.id ?? '',
      address: firstSaved ? toAddressFormValues(firstSaved) : blankAddress(defaultCountry),
      saveAddress: false,
    },
  });
  const [shippingMethodId, country, address] = useWatch({ control: form.control, name: ['shippingMethodId', 'address.country', 'address'] });

  // One quote per method, so each shows what it costs for this cart ("Free" included); the chosen one is the summary.
  const quotes = useQueries({
    queries: shippingMethods.map((method) => ({
      ...checkoutQueries.quote(method.id, country),
      enabled: shippable.has(country) && !placed,
      placeholderData: keepPreviousData,
    })),
  });
  const chosen = quotes[shippingMethods.findIndex((method) => method.id === shippingMethodId)];
  const quote: Quote | undefined = chosen?.data;
  const quoteSettled = Boolean(chosen?.data) && !chosen?.isPlaceholderData && !chosen?.isFetching;
  // Only booked services in the cart: nothing is sent, so no method is offered (the first one is sent, and costs nothing).
  const nothingToShip = quotes.some((q) => q.data?.nothingToShip);

  const placeOrder = useMutation({
    mutationFn: (input: z.output<typeof schema>) => request(CheckoutMutation, { input: { ...input, checkoutKey, expectedTotalMinor: quote?.total.amountMinor } }),
  });
  const submit = submitTo(form, async (input) => {
    // A second press while the first is under way, or before the total is settled, does nothing: the
    // button keeps its focus (it is never disabled) and the summary says why.
    if (placeOrder.isPending || !quoteSettled) return;
    try {
      const { checkout } = await placeOrder.mutateAsync(input);
      setPlaced(true);
      await onOrderPlaced();
      if (checkout.payment.clientSecret && checkout.payment.status === 'PENDING') onPaymentNeeded({ clientSecret: checkout.payment.clientSecret, orderId: checkout.order.id });
      else await navigate(confirmationPath(checkout.order.id));
    } catch (error) {
      // The total, the stock or the cart changed: show the summary as it is now beside the message.
      if (error instanceof ApiError && ['TOTAL_CHANGED', 'OUT_OF_STOCK', 'CONFLICT', 'BAD_USER_INPUT'].includes(error.code)) {
        await client.invalidateQueries({ queryKey: checkoutQueries.all });
      }
      throw error;
    }
  });

  if (options.cart.itemCount === 0 && !placed) {
    return (
      <EmptyState
        title="Your cart is empty"
        description="Add something from the shop, then come back here to check out."
        action={
          <Link to="/shop" className={buttonClassName({ variant: 'primary' })}>
            Browse the shop
          </Link>
        }
      />
    );
  }

  const chooseAddress = (id: string) => {
    setChosenAddress(id);
    const saved = savedAddresses.find((a) => a.id === id);
    form.setValue('address', saved ? toAddressFormValues(saved) : blankAddress(form.getValues('address.country') || defaultCountry), { shouldDirty: true });
    form.setValue('saveAddress', false);
    form.clearErrors('address');
  };
  const isSaved = savedAddresses.some((saved) => sameAddress(toAddressFormValues(saved), address));
  const bookFull = options.savedAddresses.length >= ADDRESS_BOOK_SIZE;
  const submitting = form.formState.isSubmitting || placeOrder.isPending;

  return (
    <div className="checkout-layout">
      <form id={formId} onSubmit={submit} noValidate className="checkout-form">
        <fieldset>
          <legend>{nothingToShip ? 'Your address' : 'Delivery address'}</legend>
          {nothingToShip && <p className="muted">For your receipt and for the seller to know who booked; nothing is sent to it.</p>}
          {savedAddresses.length > 0 && (
            <SelectField label="Saved addresses" value={chosenAddress} onChange={(event) => chooseAddress(event.target.value)}>
              {savedAddresses.map((saved) => (
                <option key={saved.id} value={saved.id}>
                  {addressOnOneLine(saved)}
                  {saved.isDefault ? ' (default)' : ''}
                </option>
              ))}
              <option value="new">A new address</option>
            </SelectField>
          )}
          <TextField label="Full name" autoComplete="name" required {...form.register('address.name')} error={fieldError(form, 'address.name')} />
          <TextField label="Street and number" autoComplete="address-line1" required {...form.register('address.line1')} error={fieldError(form, 'address.line1')} />
          <TextField label="Address line 2 (optional)" autoComplete="address-line2" {...form.register('address.line2')} error={fieldError(form, 'address.line2')} />
          <div className="checkout-row">
            <TextField label="Postcode" autoComplete="postal-code" required {...form.register('address.postcode')} error={fieldError(form, 'address.postcode')} />
            <TextField label="City" autoComplete="address-level2" required {...form.register('address.city')} error={fieldError(form, 'address.city')} />
          </div>
          <SelectField label="Country" autoComplete="country" {...form.register('address.country')} error={fieldError(form, 'address.country')}>
            {taxRates.map((rate) => (
              <option key={rate.country} value={rate.country}>
                {countryName(rate.country)}
              </option>
            ))}
          </SelectField>
          {!isSaved &&
            (bookFull ? (
              <p className="muted">
                Your address book is full ({ADDRESS_BOOK_SIZE} addresses), so this one is used for this order only.
              </p>
            ) : (
              <div className="field">
                <label className="checkbox-row">
                  <input type="checkbox" {...form.register('saveAddress')} aria-invalid={fieldError(form, 'saveAddress') ? true : undefined} />
                  Save this address for next time
                </label>
                {fieldError(form, 'saveAddress') && (
                  <p className="field-error" role="alert">
                    {fieldError(form, 'saveAddress')}
                  </p>
                )}
              </div>
            ))}
        </fieldset>
        <fieldset>
          <legend>Shipping</legend>
          {nothingToShip ? (
            <p className="shipping-none" data-testid="nothing-to-ship">
              <strong>Nothing to ship:</strong> services are booked, not sent.
            </p>
          ) : (
            <div className="shipping-options">
              {shippingMethods.map((method, index) => {
                const priced = quotes[index]?.data;
                const price = priced ? (priced.freeShipping ? 'Free' : formatMoney(priced.shipping)) : formatMoney(method.price);
                const note = method.freeAbove && !priced?.freeShipping ? `Free from ${formatMoney(method.freeAbove)}` : null;
                return (
                  <label key={method.id} className="shipping-option">
                    {/* Named in one phrase ("Standard (3-5 days): Free"); the spans alone would be read with odd pauses. */}
                    <input type="radio" value={method.id} aria-label={`${method.name}: ${price}${note ? `, ${note.toLowerCase()}` : ''}`} {...form.register('shippingMethodId')} />
                    <span className="shipping-option-name">{method.name}</span>
                    <span className="shipping-option-price">{price}</span>
                    {note && <span className="shipping-option-note muted">{note}</span>}
                  </label>
                );
              })}
            </div>
          )}
          {fieldError(form, 'shippingMethodId') && (
            <p className="field-error" role="alert">
              {fieldError(form, 'shippingMethodId')}
            </p>
          )}
        </fieldset>
      </form>
      <OrderSummary
        quote={quote}
        updating={!quoteSettled && !chosen?.error}
        error={chosen?.error ?? null}
        countryLabel={shippable.has(country) ? countryName(country) : null}
      >
        <FormError message={formError(form)} />
        <button
          type="submit"
          form={formId}
          className={buttonClassName({ variant: 'primary', size: 'lg', block: true })}
          aria-busy={submitting || undefined}
          aria-disabled={!quoteSettled || undefined}
          aria-describedby={`${formId}-total`}
        >
          {submitting ? 'Placing order…' : paymentSettings.stripePublishableKey ? 'Continue to payment' : paymentSettings.testMode ? 'Place order (test mode)' : 'Place order'}
        </button>
        <p id={`${formId}-total`} className="muted order-summary-promise">
          {quote && quoteSettled ? `You pay ${formatMoney(quote.total)}, the total above.` : 'Updating the total…'}
        </p>
      </OrderSummary>
    </div>
  );
}
