import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { ManageShopSettingsQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { formatPrice } from '../../../lib/format';
import { FormError } from '../../auth/components/FormError';
import { TextField } from '../../auth/components/TextField';
import { InputError, amountText, errorsOf, parseAmount } from '../form-input';
import {
  CreateShippingMethodMutation,
  RemoveTaxRateMutation,
  SetTaxRateMutation,
  ShopSettingsQuery,
  UpdateShippingMethodMutation,
  UpdateShopSettingsMutation,
} from '../graphql/settings';
import { SaveButton } from './EditProductPage';

type Settings = ManageShopSettingsQuery;
type Method = Settings['manageShippingMethods'][number];

const SETTINGS_KEY = ['manage', 'settings'];
const countryName = (code: string) => new Intl.DisplayNames([navigator.language, 'en'], { type: 'region' }).of(code) ?? code;

/** The brand manager's shop settings: shipping methods, tax rates per country, tax display. */
export function ShopSettingsPage() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => request(ShopSettingsQuery) });
  // Checkout reads shipping methods, rates and settings too.
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: SETTINGS_KEY }), client.invalidateQueries({ queryKey: ['checkout'] })]);

  if (settings.isLoading) return <p aria-live="polite">Loading…</p>;
  if (settings.error || !settings.data) return <p role="alert">{settings.error?.message ?? 'The settings did not load'}</p>;
  const data = settings.data;
  const currency = data.manageShippingMethods[0]?.price.currency ?? 'EUR';
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

function TaxDisplayForm({ settings, onSaved }: { settings: Settings['shopSettings']; onSaved: () => Promise<unknown> }) {
  const [pricesIncludeTax, setPricesIncludeTax] = useState(settings.pricesIncludeTax);
  const [minutes, setMinutes] = useState(String(settings.reservationMinutes));
  const name = useId();
  const save = useMutation({
    mutationFn: () => {
      const reservationMinutes = Number(minutes);
      if (!Number.isInteger(reservationMinutes)) throw new InputError('reservationMinutes', 'Enter a whole number of minutes, 5 to 1440');
      return request(UpdateShopSettingsMutation, { input: { pricesIncludeTax, reservationMinutes } });
    },
    onSuccess: onSaved,
  });
  const errors = errorsOf(save.error, ['pricesIncludeTax', 'reservationMinutes']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Prices and tax">
      <fieldset>
        <legend>Prices and tax</legend>
        <fieldset className="radio-group">
          <legend>Catalog prices</legend>
          <label className="radio-row">
            <input type="radio" name={name} checked={pricesIncludeTax} onChange={() => setPricesIncludeTax(true)} />
            include tax (shown as “incl. tax”)
          </label>
          <label className="radio-row">
            <input type="radio" name={name} checked={!pricesIncludeTax} onChange={() => setPricesIncludeTax(false)} />
            exclude tax (tax added at checkout)
          </label>
        </fieldset>
        <TextField
          label="Minutes an unpaid order holds its stock"
          type="number"
          min={5}
          max={1440}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={errors.field('reservationMinutes')}
        />
        <FormError message={errors.form} />
        <SaveButton pending={save.isPending} saved={save.isSuccess} label="Save prices and tax" />
      </fieldset>
    </form>
  );
}

function ShippingMethodForm({ method, onSaved }: { method: Method; onSaved: () => Promise<unknown> }) {
  const [form, setForm] = useState({ name: method.name, price: amountText(method.price.amountMinor), freeAbove: method.freeAbove ? amountText(method.freeAbove.amountMinor) : '' });
  const save = useMutation({
    mutationFn: (input: { active?: boolean }) => {
      if (input.active !== undefined) return request(UpdateShippingMethodMutation, { id: method.id, input });
      return request(UpdateShippingMethodMutation, { id: method.id, input: shippingMethodInput(form) });
    },
    onSuccess: onSaved,
  });
  const errors = errorsOf(save.error, ['name', 'priceMinor', 'freeAboveMinor']);
  const update = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({});
  };
  const currency = method.price.currency;
  return (
    <form onSubmit={submit} noValidate aria-label={`Shipping method ${method.name}`}>
      <fieldset>
        <legend>
          {method.name} <span className="role-badge">{method.active ? 'Active' : 'Inactive'}</span>
        </legend>
        <p className="muted">
          {formatPrice(method.price.amountMinor, currency)}
          {method.freeAbove ? `, free from ${formatPrice(method.freeAbove.amountMinor, currency)}` : ', always'}
        </p>
        <ShippingMethodFields form={form} currency={currency} update={update} error={errors.field} />
        <FormError message={errors.form} />
        <div className="manage-actions">
          <SaveButton pending={save.isPending} saved={save.isSuccess} label={`Save ${method.name}`} />
          <button type="button" className="button-secondary" disabled={save.isPending} onClick={() => save.mutate({ active: !method.active })}>
            {method.active ? 'Deactivate' : 'Activate'}
            <span className="visually-hidden"> {method.name}</span>
          </button>
        </div>
      </fieldset>
    </form>
  );
}

const EMPTY_METHOD = { name: '', price: '', freeAbove: '' };

function NewShippingMethodForm({ currency, position, onSaved }: { currency: string; position: number; onSaved: () => Promise<unknown> }) {
  const [form, setForm] = useState(EMPTY_METHOD);
  const create = useMutation({
    mutationFn: () => {
      return request(CreateShippingMethodMutation, { input: { ...shippingMethodInput(form), currency, position } });
    },
    onSuccess: async () => {
      setForm(EMPTY_METHOD);
      await onSaved();
    },
  });
  const errors = errorsOf(create.error, ['name', 'priceMinor', 'freeAboveMinor']);
  const update = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="New shipping method">
      <fieldset>
        <legend>Add a shipping method</legend>
        <ShippingMethodFields form={form} currency={currency} update={update} error={errors.field} />
        <FormError message={errors.form} />
        <SaveButton pending={create.isPending} saved={create.isSuccess} label="Add shipping method" savedText="Shipping method added" />
      </fieldset>
    </form>
  );
}

const percentText = (rateBp: number) => String(rateBp / 100);
const parsePercent = (text: string): number | null => {
  const trimmed = text.trim().replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(trimmed) ? Math.round(Number(trimmed) * 100) : null;
};

function TaxRatesTable({ rates, onSaved }: { rates: Settings['taxRates']; onSaved: () => Promise<unknown> }) {
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

function TaxRateRow({ country, rateBp, onSaved }: { country: string; rateBp: number; onSaved: () => Promise<unknown> }) {
  const [value, setValue] = useState(percentText(rateBp));
  const id = useId();
  const name = `${countryName(country)} (${country})`;
  const save = useMutation({
    mutationFn: () => {
      const bp = parsePercent(value);
      if (bp === null) throw new InputError('rateBp', 'Enter a rate like 19 or 7.5');
      return request(SetTaxRateMutation, { country, rateBp: bp });
    },
    onSuccess: onSaved,
  });
  const remove = useMutation({ mutationFn: () => request(RemoveTaxRateMutation, { country }), onSuccess: onSaved });
  const error = save.error?.message ?? remove.error?.message;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <form
          className="stock-editor"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <label htmlFor={id} className="visually-hidden">
            Tax rate for {name}, in percent
          </label>
          <input
            id={id}
            className="quantity-input"
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          %
          <button type="submit" className="link-button" disabled={save.isPending}>
            Save<span className="visually-hidden"> the tax rate for {name}</span>
          </button>
          <span role="status" className="muted">
            {save.isSuccess && !save.isPending ? ' Saved' : ''}
          </span>
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </form>
      </td>
      <td>
        <button type="button" className="link-button" disabled={remove.isPending} onClick={() => remove.mutate()}>
          Remove<span className="visually-hidden"> {name}</span>
        </button>
      </td>
    </tr>
  );
}

function NewTaxRateForm({ onSaved }: { onSaved: () => Promise<unknown> }) {
  const [form, setForm] = useState({ country: '', rate: '' });
  const add = useMutation({
    mutationFn: () => {
      const rateBp = parsePercent(form.rate);
      if (rateBp === null) throw new InputError('rateBp', 'Enter a rate like 19 or 7.5');
      return request(SetTaxRateMutation, { country: form.country, rateBp });
    },
    onSuccess: async () => {
      setForm({ country: '', rate: '' });
      await onSaved();
    },
  });
  const errors = errorsOf(add.error, ['country', 'rateBp']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Ship to a new country">
      <fieldset>
        <legend>Ship to a new country</legend>
        <TextField label="Country code" hint="Two letters, e.g. NO for Norway." maxLength={2} required value={form.country} onChange={(e) => setForm((f) => ({ ...f, country: e.target.value }))} error={errors.field('country')} />
        <TextField label="Tax rate (%)" inputMode="decimal" required value={form.rate} onChange={(e) => setForm((f) => ({ ...f, rate: e.target.value }))} error={errors.field('rateBp')} />
        <FormError message={errors.form} />
        <SaveButton pending={add.isPending} saved={add.isSuccess} label="Add country" savedText="Country added" />
      </fieldset>
    </form>
  );
}

type ShippingMethodText = typeof EMPTY_METHOD;

/** The form's text as the API's input, or an InputError for the field that is not an amount. */
function shippingMethodInput(form: ShippingMethodText) {
  const priceMinor = parseAmount(form.price);
  if (priceMinor === null) throw new InputError('priceMinor', 'Enter a price like 4.90');
  const freeAboveMinor = form.freeAbove.trim() ? parseAmount(form.freeAbove) : null;
  if (form.freeAbove.trim() && freeAboveMinor === null) throw new InputError('freeAboveMinor', 'Enter an amount like 100.00, or leave it empty');
  return { name: form.name, priceMinor, freeAboveMinor };
}

/** Name, price and free-from amount: the fields a shipping method is edited and created with. */
function ShippingMethodFields({
  form,
  currency,
  update,
  error,
}: {
  form: ShippingMethodText;
  currency: string;
  update: (field: keyof ShippingMethodText) => (e: { target: { value: string } }) => void;
  error: (field: string) => string | undefined;
}) {
  return (
    <>
      <TextField label="Name" required value={form.name} onChange={update('name')} error={error('name')} />
      <TextField label={`Price (${currency})`} inputMode="decimal" required value={form.price} onChange={update('price')} error={error('priceMinor')} />
      <TextField
        label={`Free from an order of (${currency})`}
        hint="Leave empty to always charge the price."
        inputMode="decimal"
        value={form.freeAbove}
        onChange={update('freeAbove')}
        error={error('freeAboveMinor')}
      />
    </>
  );
}
