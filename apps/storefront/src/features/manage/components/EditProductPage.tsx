import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { EditProductQuery as EditProductData } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { FormError } from '../../auth/components/FormError';
import { TextField } from '../../auth/components/TextField';
import { useCategories } from '../../catalog/hooks/use-catalog';
import { AddVariantMutation, EditProductQuery, UpdateProductMutation, UpdateVariantMutation } from '../graphql/products';
import { InputError, amountText, errorsOf, parseAmount } from '../form-input';

type Product = NonNullable<EditProductData['product']>;
type Variant = Product['variants'][number];

/**
 * Edit a product: its name, description and category, each variant's name, SKU and price, and add a
 * variant. Stock is changed on the products page, as units added or removed.
 */
export function EditProductPage() {
  const { slug = '' } = useParams();
  const client = useQueryClient();
  const product = useQuery({ queryKey: ['manage', 'product', slug], queryFn: () => request(EditProductQuery, { slug }) });
  // Everything that shows this product, in the manager's pages and the shop's.
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: ['manage'] }), client.invalidateQueries({ queryKey: ['catalog'] })]);

  if (product.isLoading) return <p aria-live="polite">Loading…</p>;
  if (product.error) return <p role="alert">{product.error.message}</p>;
  const data = product.data?.product;
  if (!data) {
    return (
      <section aria-labelledby="edit-missing-title">
        <h1 id="edit-missing-title">This product does not exist</h1>
        <p>
          <Link to="/manage/products">Back to the products</Link>
        </p>
      </section>
    );
  }
  const currency = data.variants[0]?.price.currency ?? 'EUR';
  return (
    <section aria-labelledby="edit-product-title" className="checkout">
      <p>
        <Link to="/manage/products">Back to the products</Link>
      </p>
      <h1 id="edit-product-title">Edit {data.name}</h1>
      <ProductDetailsForm key={data.id} product={data} onSaved={refresh} />
      <h2>Variants</h2>
      {data.variants.map((variant) => (
        <VariantForm key={variant.id} variant={variant} onSaved={refresh} />
      ))}
      <NewVariantForm productId={data.id} currency={currency} onSaved={refresh} />
    </section>
  );
}

function ProductDetailsForm({ product, onSaved }: { product: Product; onSaved: () => Promise<unknown> }) {
  const categories = useCategories();
  const ids = { description: useId(), category: useId() };
  const [form, setForm] = useState({ name: product.name, description: product.description, categoryId: product.category.id });
  const save = useMutation({ mutationFn: () => request(UpdateProductMutation, { id: product.id, input: form }), onSuccess: onSaved });
  const errors = errorsOf(save.error, ['name', 'description', 'categoryId']);
  const update = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Product details">
      <fieldset>
        <legend>Product details</legend>
        <TextField label="Name" required value={form.name} onChange={update('name')} error={errors.field('name')} />
        <div className="field">
          <label htmlFor={ids.description}>Description</label>
          <textarea
            id={ids.description}
            rows={4}
            value={form.description}
            onChange={update('description')}
            aria-invalid={errors.field('description') ? true : undefined}
            aria-describedby={errors.field('description') ? `${ids.description}-error` : undefined}
          />
          {errors.field('description') && (
            <p id={`${ids.description}-error`} className="field-error" role="alert">
              {errors.field('description')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.category}>Category</label>
          <select
            id={ids.category}
            value={form.categoryId}
            onChange={update('categoryId')}
            aria-invalid={errors.field('categoryId') ? true : undefined}
            aria-describedby={errors.field('categoryId') ? `${ids.category}-error` : undefined}
          >
            {categories.data?.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {errors.field('categoryId') && (
            <p id={`${ids.category}-error`} className="field-error" role="alert">
              {errors.field('categoryId')}
            </p>
          )}
        </div>
        <FormError message={errors.form} />
        <SaveButton pending={save.isPending} saved={save.isSuccess} label="Save details" />
      </fieldset>
    </form>
  );
}

function VariantForm({ variant, onSaved }: { variant: Variant; onSaved: () => Promise<unknown> }) {
  const [form, setForm] = useState({ name: variant.name, sku: variant.sku, price: amountText(variant.price.amountMinor) });
  const save = useMutation({
    mutationFn: () => {
      const priceMinor = parseAmount(form.price);
      if (priceMinor === null) throw new InputError('priceMinor', 'Enter a price like 49.90');
      return request(UpdateVariantMutation, { id: variant.id, input: { name: form.name, sku: form.sku, priceMinor } });
    },
    onSuccess: onSaved,
  });
  const errors = errorsOf(save.error, ['name', 'sku', 'priceMinor']);
  const update = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Variant ${variant.name}`}>
      <fieldset>
        <legend>
          {variant.name} <span className="muted">({variant.stock} in stock)</span>
        </legend>
        <TextField label="Variant name" required value={form.name} onChange={update('name')} error={errors.field('name')} />
        <TextField label="SKU" required value={form.sku} onChange={update('sku')} error={errors.field('sku')} />
        <TextField label={`Price (${variant.price.currency}, tax included)`} inputMode="decimal" required value={form.price} onChange={update('price')} error={errors.field('priceMinor')} />
        <FormError message={errors.form} />
        <SaveButton pending={save.isPending} saved={save.isSuccess} label={`Save ${variant.name}`} />
      </fieldset>
    </form>
  );
}

const EMPTY_VARIANT = { sku: '', name: '', price: '', stock: '0' };

function NewVariantForm({ productId, currency, onSaved }: { productId: string; currency: string; onSaved: () => Promise<unknown> }) {
  const [form, setForm] = useState(EMPTY_VARIANT);
  const add = useMutation({
    mutationFn: () => {
      const priceMinor = parseAmount(form.price);
      if (priceMinor === null) throw new InputError('priceMinor', 'Enter a price like 49.90');
      const stock = Number(form.stock);
      if (!Number.isInteger(stock) || stock < 0) throw new InputError('stock', 'Enter a whole number of units, 0 or more');
      return request(AddVariantMutation, { productId, input: { sku: form.sku, name: form.name, priceMinor, stock } });
    },
    onSuccess: async () => {
      setForm(EMPTY_VARIANT);
      await onSaved();
    },
  });
  const errors = errorsOf(add.error, ['sku', 'name', 'priceMinor', 'stock']);
  const update = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="New variant">
      <fieldset>
        <legend>Add a variant</legend>
        <TextField label="Variant name" required value={form.name} onChange={update('name')} error={errors.field('name')} />
        <TextField label="SKU" required value={form.sku} onChange={update('sku')} error={errors.field('sku')} />
        <TextField label={`Price (${currency}, tax included)`} inputMode="decimal" required value={form.price} onChange={update('price')} error={errors.field('priceMinor')} />
        <TextField label="Stock" type="number" min={0} required value={form.stock} onChange={update('stock')} error={errors.field('stock')} />
        <FormError message={errors.form} />
        <SaveButton pending={add.isPending} saved={add.isSuccess} label="Add variant" savedText="Variant added" />
      </fieldset>
    </form>
  );
}

/** A submit button with a polite "Saved" announcement after success. */
export function SaveButton({ pending, saved, label, savedText = 'Saved' }: { pending: boolean; saved: boolean; label: string; savedText?: string }) {
  return (
    <div className="save-row">
      <button type="submit" className="button-primary" disabled={pending}>
        {label}
      </button>
      <span role="status" className="muted">
        {saved && !pending ? savedText : ''}
      </span>
    </div>
  );
}
