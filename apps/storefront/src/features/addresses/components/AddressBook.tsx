import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AddressInWords } from '@/components/address/AddressInWords';
import { FormError } from '@/components/form/FormError';
import { SelectField } from '@/components/form/SelectField';
import { TextField } from '@/components/form/TextField';
import { Badge, Button, ConfirmDialog, toast } from '@/components/ui';
import type { AddressBookQuery } from '@/gql/graphql';
import { ADDRESS_BOOK_SIZE, addressSchema, blankAddress, toAddressFormValues, type AddressFormValues, type ShippingCountry } from '@/lib/address';
import { countryName } from '@/lib/countries';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { AddSavedAddressMutation, RemoveSavedAddressMutation, SetDefaultSavedAddressMutation, UpdateSavedAddressMutation } from '../graphql/addresses';
import { addressQueries } from '../queries';
import '../addresses.css';

type SavedAddress = AddressBookQuery['savedAddresses'][number];

/**
 * The member's address book on the account page: the addresses checkout offers (the default first),
 * to add, change, make the default or remove. Checkout's "Save this address" adds to it too.
 */
export function AddressBook() {
  const book = useQuery(addressQueries.book());
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: addressQueries.all });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const setDefault = useMutation({
    mutationFn: (id: string) => request(SetDefaultSavedAddressMutation, { id }),
    onSuccess: async () => {
      await refresh();
      toast.success('Default address changed');
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => request(RemoveSavedAddressMutation, { id }),
    onSuccess: async () => {
      await refresh();
      toast.success('Address removed');
    },
  });

  if (book.isLoading) return <p aria-live="polite">Loading your addresses…</p>;
  if (book.error || !book.data) return <p role="alert">{book.error?.message ?? 'Your addresses did not load'}</p>;
  const { savedAddresses, taxRates } = book.data;
  const full = savedAddresses.length >= ADDRESS_BOOK_SIZE;

  return (
    <section className="address-book" aria-labelledby="address-book-title">
      <h2 id="address-book-title">Your addresses</h2>
      <p className="muted">
        Checkout offers these, the default first. You can keep up to {ADDRESS_BOOK_SIZE}; orders keep the address they were sent to, whatever you change here.
      </p>
      {savedAddresses.length === 0 && editing !== 'new' && <p>No saved addresses yet. Add one here, or tick “Save this address” at checkout.</p>}
      <ul className="address-book-list">
        {savedAddresses.map((address) => (
          <li key={address.id} className="address-book-item panel">
            {editing === address.id ? (
              <AddressForm
                countries={taxRates}
                address={address}
                onDone={async () => {
                  setEditing(null);
                  await refresh();
                }}
              />
            ) : (
              <>
                <div className="address-book-address">
                  <AddressInWords address={address} />
                  {address.isDefault && <Badge tone="primary">Default</Badge>}
                </div>
                <div className="address-book-actions">
                  <Button variant="secondary" size="sm" onClick={() => setEditing(address.id)}>
                    Edit<span className="visually-hidden"> the address of {address.name}, {address.line1}</span>
                  </Button>
                  {!address.isDefault && (
                    <Button variant="ghost" size="sm" pending={setDefault.isPending && setDefault.variables === address.id} onClick={() => setDefault.mutate(address.id)}>
                      Make default<span className="visually-hidden">: {address.line1}</span>
                    </Button>
                  )}
                  <ConfirmDialog
                    trigger={
                      <Button variant="ghost" size="sm">
                        Remove<span className="visually-hidden"> {address.line1}</span>
                      </Button>
                    }
                    title="Remove this address?"
                    description={`${address.name}, ${address.line1}, ${address.postcode} ${address.city}, ${countryName(address.country)} leaves your address book. Orders sent there keep it.`}
                    confirmLabel="Remove"
                    pendingLabel="Removing…"
                    tone="danger"
                    onConfirm={() => remove.mutateAsync(address.id)}
                  />
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {setDefault.error && <p role="alert" className="form-error">{setDefault.error.message}</p>}
      {editing === 'new' ? (
        <div className="panel">
          <h3>New address</h3>
          <AddressForm
            countries={taxRates}
            onDone={async () => {
              setEditing(null);
              await refresh();
            }}
          />
        </div>
      ) : full ? (
        <p className="muted">Your address book is full: remove an address to add another.</p>
      ) : (
        <Button variant="secondary" onClick={() => setEditing('new')}>
          Add an address
        </Button>
      )}
    </section>
  );
}

/** Adds an address, or changes `address`; named as the API's SavedAddressInput, so its refusals land by their fields. */
function AddressForm({ countries, address, onDone }: { countries: readonly ShippingCountry[]; address?: SavedAddress; onDone: () => Promise<void> }) {
  const schema = useMemo(() => addressSchema(countries).and(z.object({ isDefault: z.boolean() })), [countries]);
  const defaultCountry = countries.some((c) => c.country === 'DE') ? 'DE' : (countries[0]?.country ?? '');
  const form = useForm<AddressFormValues & { isDefault: boolean }, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    shouldFocusError: true,
    defaultValues: { ...(address ? toAddressFormValues(address) : blankAddress(defaultCountry)), isDefault: address?.isDefault ?? false },
  });
  const save = useMutation({
    mutationFn: async (input: z.output<typeof schema>): Promise<void> => {
      if (address) await request(UpdateSavedAddressMutation, { id: address.id, input });
      else await request(AddSavedAddressMutation, { input });
    },
  });
  const submit = submitTo(form, async (input) => {
    await save.mutateAsync(input);
    toast.success(address ? 'Address saved' : 'Address added');
    await onDone();
  });
  return (
    <form onSubmit={submit} noValidate className="address-form" aria-label={address ? `Change the address of ${address.name}` : 'New address'}>
      <TextField label="Full name" autoComplete="name" required {...form.register('name')} error={fieldError(form, 'name')} />
      <TextField label="Street and number" autoComplete="address-line1" required {...form.register('line1')} error={fieldError(form, 'line1')} />
      <TextField label="Address line 2 (optional)" autoComplete="address-line2" {...form.register('line2')} error={fieldError(form, 'line2')} />
      <div className="address-form-row">
        <TextField label="Postcode" autoComplete="postal-code" required {...form.register('postcode')} error={fieldError(form, 'postcode')} />
        <TextField label="City" autoComplete="address-level2" required {...form.register('city')} error={fieldError(form, 'city')} />
      </div>
      <SelectField label="Country" autoComplete="country" {...form.register('country')} error={fieldError(form, 'country')}>
        {countries.map((c) => (
          <option key={c.country} value={c.country}>
            {countryName(c.country)}
          </option>
        ))}
      </SelectField>
      {!address?.isDefault && (
        <label className="checkbox-row">
          <input type="checkbox" {...form.register('isDefault')} />
          Make this my default address
        </label>
      )}
      <FormError message={formError(form)} />
      <div className="cluster">
        <Button type="submit" variant="primary" aria-busy={form.formState.isSubmitting || undefined}>
          {form.formState.isSubmitting ? 'Saving…' : address ? 'Save address' : 'Add address'}
        </Button>
        <Button variant="ghost" onClick={() => void onDone()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
