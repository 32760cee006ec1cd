import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, request } from '../../../lib/graphql-client';
import { FormError } from '../../auth/components/FormError';
import { TextField } from '../../auth/components/TextField';
import { useCategories } from '../../catalog/hooks/use-catalog';
import { InputError, parseAmount } from '../form-input';
import { CreateProductMutation } from '../graphql/products';

/** A new product with its first variant, saved as a draft to publish from the product list. */
export function NewProductPage() {
  const categories = useCategories();
  const navigate = useNavigate();
  const ids = { category: useId(), description: useId() };
  const [form, setForm] = useState({ name: '', description: '', categoryId: '', sku: '', variantName: 'Standard', price: '', stock: '0' });
  const create = useMutation({
    mutationFn: () => {
      const priceMinor = parseAmount(form.price);
      if (priceMinor === null) throw new InputError('variants.0.priceMinor', 'Enter a price like 49.90');
      return request(CreateProductMutation, {
        input: {
          name: form.name,
          description: form.description,
          categoryId: form.categoryId || categories.data!.categories[0].id,
          currency: 'EUR',
          variants: [{ sku: form.sku, name: form.variantName, priceMinor, stock: Number(form.stock) }],
        },
      });
    },
    onSuccess: () => navigate('/manage/products'),
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const update = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="new-product-title" className="checkout">
      <h1 id="new-product-title">New product</h1>
      <form onSubmit={submit} noValidate>
        <TextField label="Name" required value={form.name} onChange={update('name')} error={fieldError('name') ?? fieldError('slug')} />
        <div className="field">
          <label htmlFor={ids.description}>Description</label>
          <textarea id={ids.description} rows={4} value={form.description} onChange={update('description')} />
          {fieldError('description') && <p className="field-error" role="alert">{fieldError('description')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.category}>Category</label>
          <select id={ids.category} value={form.categoryId} onChange={update('categoryId')}>
            {categories.data?.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>First variant</legend>
          <TextField label="SKU" required value={form.sku} onChange={update('sku')} error={fieldError('variants.0.sku')} />
          <TextField label="Variant name" required value={form.variantName} onChange={update('variantName')} error={fieldError('variants.0.name')} />
          <TextField label="Price (EUR, tax included)" inputMode="decimal" required value={form.price} onChange={update('price')} error={fieldError('variants.0.priceMinor')} />
          <TextField label="Stock" type="number" min={0} required value={form.stock} onChange={update('stock')} error={fieldError('variants.0.stock')} />
        </fieldset>
        <FormError message={create.error && !error?.field ? create.error.message : undefined} />
        <button type="submit" className="button-primary" disabled={create.isPending}>
          Save as draft
        </button>
      </form>
    </section>
  );
}
