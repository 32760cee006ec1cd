import { countryName } from '@/lib/countries';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { SaveButton } from '@/components/form/SaveButton';
import { TextField } from '@/components/form/TextField';
import { Button, ConfirmDialog, toast } from '@/components/ui';
import type { ManageShopSettingsQuery } from '@/gql/graphql';
import { useBrand } from '@/lib/brand/brand';
import { amountExample, fieldError, formError, integerText, moneyText, optionalMoneyText, requiredText, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { formatMoney, moneyInputText } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import {
  CreateShippingMethodMutation,
  RemoveTaxRateMutation,
  SetTaxRateMutation,
  UpdateShippingMethodMutation,
  UpdateShopSettingsMutation,
} from '../graphql/settings';
import { manageQueries } from '../queries';

type Settings = ManageShopSettingsQuery;
type Method = Settings['manageShippingMethods'][number];
type Saved = () => Promise<unknown>;


/**
 * The brand manager's shop settings: shipping methods, tax rates per country, tax display. Each save
 * says so in a toast; deactivating a method and removing a country ask first.
 * `onSettingsChanged` tells the app, which refreshes what checkout offers.
 */
export function ShopSettingsPage({ onSettingsChanged }: { onSettingsChanged: Saved }) {
  usePageTitle('Shop settings');
  const client = useQueryClient();
  const settings = useQuery(manageQueries.settings());
  const { currency: brandCurrency } = useBrand();
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: manageQueries.settings().queryKey }), onSettingsChanged()]);

  if (settings.isLoading) return <p aria-live="polite">Loading…</p>;
  if (settings.error || !settings.data) return <p role="alert">{settings.error?.message ?? 'The settings did not load'}</p>;
  const data = settings.data;
  const currency = data.manageShippingMethods[0]?.price.currency ?? brandCurrency ?? 'EUR';
  return (
    <section aria-labelledby="settings-title" className="checkout">
      <h1 id="settings-title">Shop settings</h1>
      <TaxDisplayForm settings={data.shopSettings} onSaved={refresh} />

      <h2 id="shipping-title">Shipping methods</h2>
      <p className="muted">Shoppers choose between the active methods at checkout.</p>
      {data.manageShippingMethods.map((method) => (
        <ShippingMethodForm key={method.id} method={method} onSaved={refresh} />
      ))}
      <NewShippingMethodForm currency={currency} position={data.manageShippingMethods.length} onSaved={refresh} />

      <h2 id="tax-title">Tax rates</h2>
      <p className="muted">The shop ships to the countries listed here, at their tax rate.</p>
      <TaxRatesTable rates={data.taxRates} onSaved={refresh} />
      <NewTaxRateForm onSaved={refresh} />
    </section>
  );
}

const taxDisplaySchema = z.object({
  pricesIncludeTax: z.enum(['true', 'false']).transform((value) => value === 'true'),
  reservationMinutes: integerText('Enter a whole number of minutes, 5 to 1440', { min: 5, max: 1440 }),
});

function TaxDisplayForm({ settings, onSaved }: { settings: Settings['shopSettings']; onSaved: Saved }) {
  const form = useForm({
    resolver: zodResolver(taxDisplaySchema),
    defaultValues: { pricesIncludeTax: settings.pricesIncludeTax ? ('true' as const) : ('false' as const), reservationMinutes: String(settings.reservationMinutes) },
  });
  const save = useMutation({
    mutationFn: (input: z.output<typeof taxDisplaySchema>) => request(UpdateShopSettingsMutation, { input }),
    onSuccess: async () => {
      toast.success('Prices and tax saved');
      await onSaved();
    },
  });
  return (
    <form onSubmit={submitTo(form, save.mutateAsync)} noValidate aria-label="Prices and tax">
      <fieldset>
        <legend>Prices and tax</legend>
        <fieldset className="radio-group">
          <legend>Catalog prices</legend>
          <label className="radio-row">
            <input type="radio" value="true" {...form.register('pricesIncludeTax')} />
            include tax (shown as “incl. tax”)
          </label>
          <label className="radio-row">
            <input type="radio" value="false" {...form.register('pricesIncludeTax')} />
            exclude tax (tax added at checkout)
          </label>
        </fieldset>
        <TextField
          label="Minutes an unpaid order holds its stock"
          type="number"
          min={5}
          max={1440}
          {...form.register('reservationMinutes')}
          error={fieldError(form, 'reservationMinutes')}
        />
        <FormError message={formError(form)} />
        <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label="Save prices and tax" />
      </fieldset>
    </form>
  );
}

/** A shipping method's fields as the API names them; amounts typed in the shop's currency. */
function shippingMethodSchema(currency: string) {
  return z.object({
    name: requiredText('Enter a name'),
    priceMinor: moneyText(currency, `Enter a price like ${amountExample(490, currency)}`),
    freeAboveMinor: optionalMoneyText(currency, `Enter an amount like ${amountExample(10000, currency)}, or leave it empty`),
  });
}
type ShippingMethodForm = UseFormReturn<z.input<ReturnType<typeof shippingMethodSchema>>, unknown, z.output<ReturnType<typeof shippingMethodSchema>>>;

function ShippingMethodForm({ method, onSaved }: { method: Method; onSaved: Saved }) {
  const currency = method.price.currency;
  const schema = useMemo(() => shippingMethodSchema(currency), [currency]);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      name: method.name,
      priceMinor: moneyInputText(method.price),
      freeAboveMinor: method.freeAbove ? moneyInputText({ amountMinor: method.freeAbove.amountMinor, currency }) : '',
    },
  });
  const save = useMutation({
    mutationFn: (input: z.output<typeof schema>) => request(UpdateShippingMethodMutation, { id: method.id, input }),
    onSuccess: async (_data, input) => {
      toast.success(`${input.name} saved`);
      await onSaved();
    },
  });
  const toggle = useMutation({
    mutationFn: (active: boolean) => request(UpdateShippingMethodMutation, { id: method.id, input: { active } }),
    onSuccess: async (_data, active) => {
      toast.success(`${method.name} ${active ? 'offered at checkout again' : 'deactivated'}`);
      await onSaved();
    },
  });
  return (
    <form onSubmit={submitTo(form, save.mutateAsync)} noValidate aria-label={`Shipping method ${method.name}`}>
      <fieldset>
        <legend>
          {method.name} <span className="role-badge">{method.active ? 'Active' : 'Inactive'}</span>
        </legend>
        <p className="muted">
          {formatMoney(method.price)}
          {method.freeAbove ? `, free from ${formatMoney({ amountMinor: method.freeAbove.amountMinor, currency })}` : ', always'}
        </p>
        <ShippingMethodFields form={form} currency={currency} />
        <FormError message={formError(form)} />
        <div className="manage-actions">
          <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label={`Save ${method.name}`} />
          {method.active ? (
            <ConfirmDialog
              trigger={
                <Button variant="secondary">
                  Deactivate<span className="visually-hidden"> {method.name}</span>
                </Button>
              }
              title={`Deactivate ${method.name}?`}
              description="Checkout stops offering it at once; orders placed with it keep it. You can activate it again."
              confirmLabel="Deactivate"
              pendingLabel="Deactivating…"
              tone="danger"
              onConfirm={() => toggle.mutateAsync(false)}
            />
          ) : (
            <Button variant="secondary" pending={toggle.isPending} onClick={() => toggle.mutate(true, { onError: (error) => toast.error(`${method.name} was not activated`, { description: error.message }) })}>
              Activate<span className="visually-hidden"> {method.name}</span>
            </Button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

function NewShippingMethodForm({ currency, position, onSaved }: { currency: string; position: number; onSaved: Saved }) {
  const schema = useMemo(() => shippingMethodSchema(currency), [currency]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { name: '', priceMinor: '', freeAboveMinor: '' } });
  const create = useMutation({ mutationFn: (input: z.output<typeof schema>) => request(CreateShippingMethodMutation, { input: { ...input, currency, position } }) });
  const submit = submitTo(form, async (input) => {
    await create.mutateAsync(input);
    form.reset(undefined, { keepIsSubmitSuccessful: true });
    toast.success(`Shipping method ${input.name} added`);
    await onSaved();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New shipping method">
      <fieldset>
        <legend>Add a shipping method</legend>
        <ShippingMethodFields form={form} currency={currency} />
        <FormError message={formError(form)} />
        <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label="Add shipping method" savedText="Shipping method added" />
      </fieldset>
    </form>
  );
}

/** Name, price and free-from amount: the fields a shipping method is edited and created with. */
function ShippingMethodFields({ form, currency }: { form: ShippingMethodForm; currency: string }) {
  return (
    <>
      <TextField label="Name" required {...form.register('name')} error={fieldError(form, 'name')} />
      <TextField label={`Price (${currency})`} inputMode="decimal" required {...form.register('priceMinor')} error={fieldError(form, 'priceMinor')} />
      <TextField
        label={`Free from an order of (${currency})`}
        hint="Leave empty to always charge the price."
        inputMode="decimal"
        {...form.register('freeAboveMinor')}
        error={fieldError(form, 'freeAboveMinor')}
      />
    </>
  );
}

const percentText = (rateBp: number) => String(rateBp / 100);
/** "19" or "7,5" percent → basis points (1900, 750). */
const rateText = z
  .string()
  .trim()
  .regex(/^\d{1,3}([.,]\d{1,2})?$/, 'Enter a rate like 19 or 7.5')
  .transform((text) => Math.round(Number(text.replace(',', '.')) * 100));

function TaxRatesTable({ rates, onSaved }: { rates: Settings['taxRates']; onSaved: Saved }) {
  return (
    <table className="cart-table">
      <caption className="visually-hidden">Countries the shop ships to, with their tax rate</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Tax rate</th>
          <th scope="col">Stop shipping</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((rate) => (
          <TaxRateRow key={rate.country} country={rate.country} rateBp={rate.rateBp} onSaved={onSaved} />
        ))}
      </tbody>
    </table>
  );
}

const taxRateSchema = z.object({ rateBp: rateText });

function TaxRateRow({ country, rateBp, onSaved }: { country: string; rateBp: number; onSaved: Saved }) {
  const id = useId();
  const name = `${countryName(country)} (${country})`;
  const form = useForm({ resolver: zodResolver(taxRateSchema), defaultValues: { rateBp: percentText(rateBp) } });
  const save = useMutation({
    mutationFn: (input: z.output<typeof taxRateSchema>) => request(SetTaxRateMutation, { country, ...input }),
    onSuccess: async (_data, input) => {
      toast.success(`Tax rate for ${countryName(country)} saved: ${input.rateBp / 100}%`);
      await onSaved();
    },
  });
  const remove = useMutation({
    mutationFn: () => request(RemoveTaxRateMutation, { country }),
    onSuccess: async () => {
      toast.success(`No longer shipping to ${countryName(country)}`);
      await onSaved();
    },
  });
  const error = fieldError(form, 'rateBp') ?? formError(form);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <form className="stock-editor" noValidate onSubmit={submitTo(form, save.mutateAsync)}>
          <label htmlFor={id} className="visually-hidden">
            Tax rate for {name}, in percent
          </label>
          <input
            id={id}
            className="quantity-input"
            inputMode="decimal"
            {...form.register('rateBp')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          %
          <button type="submit" className="link-button" disabled={form.formState.isSubmitting}>
            Save<span className="visually-hidden"> the tax rate for {name}</span>
          </button>
          <span role="status" className="muted">
            {form.formState.isSubmitSuccessful && !form.formState.isSubmitting ? ' Saved' : ''}
          </span>
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </form>
      </td>
      <td>
        <ConfirmDialog
          trigger={
            <button type="button" className="link-button">
              Remove<span className="visually-hidden"> {name}</span>
            </button>
          }
          title={`Stop shipping to ${countryName(country)}?`}
          description={`Checkout no longer offers ${countryName(country)} and its tax rate is removed; orders placed already keep theirs. You can add the country again.`}
          confirmLabel="Stop shipping"
          pendingLabel="Removing…"
          tone="danger"
          onConfirm={() => remove.mutateAsync()}
        />
      </td>
    </tr>
  );
}

const newTaxRateSchema = z.object({
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'Enter two letters, e.g. NO for Norway')
    .transform((code) => code.toUpperCase()),
  rateBp: rateText,
});

function NewTaxRateForm({ onSaved }: { onSaved: Saved }) {
  const form = useForm({ resolver: zodResolver(newTaxRateSchema), defaultValues: { country: '', rateBp: '' } });
  const add = useMutation({ mutationFn: (input: z.output<typeof newTaxRateSchema>) => request(SetTaxRateMutation, input) });
  const submit = submitTo(form, async (input) => {
    await add.mutateAsync(input);
    form.reset(undefined, { keepIsSubmitSuccessful: true });
    toast.success(`Now shipping to ${countryName(input.country)} at ${input.rateBp / 100}% tax`);
    await onSaved();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Ship to a new country">
      <fieldset>
        <legend>Ship to a new country</legend>
        <TextField label="Country code" hint="Two letters, e.g. NO for Norway." maxLength={2} required {...form.register('country')} error={fieldError(form, 'country')} />
        <TextField label="Tax rate (%)" inputMode="decimal" required {...form.register('rateBp')} error={fieldError(form, 'rateBp')} />
        <FormError message={formError(form)} />
        <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label="Add country" savedText="Country added" />
      </fieldset>
    </form>
  );
}
