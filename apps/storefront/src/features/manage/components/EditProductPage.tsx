import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { SaveButton } from '@/components/form/SaveButton';
import { TextField } from '@/components/form/TextField';
import { toast } from '@/components/ui';
import type { EditProductQuery as EditProductData, ManageCategoriesQuery } from '@/gql/graphql';
import { amountExample, fieldError, formError, integerText, moneyText, requiredText, submitTo } from '@/lib/forms';
import { useBrand } from '@/lib/brand/brand';
import { request } from '@/lib/graphql-client';
import { moneyInputText } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { AddVariantMutation, UpdateProductMutation, UpdateVariantMutation } from '../graphql/products';
import { manageQueries } from '../queries';
import { ProductDetailsFields } from './ProductDetailsFields';
import { SpecsForm } from './SpecsForm';
import { StockTable } from './StockTable';
import { ProductPhotos } from './ProductPhotos';
import { optionText, VariantOptionFields } from './VariantOptionFields';

type Product = NonNullable<EditProductData['product']>;
type Variant = Product['variants'][number];
type Saved = () => Promise<unknown>;

/**
 * Edit a product: its name, description and category, its photos, its stock (units added or removed),
 * each variant's name, SKU and price, and add a variant. Each save says so in a toast. `onProductChanged`
 * tells the app, which refreshes what the shop shows of it.
 */
export function EditProductPage({ onProductChanged }: { onProductChanged: Saved }) {
  const { slug = '' } = useParams();
  const client = useQueryClient();
  const product = useQuery(manageQueries.product(slug));
  const categories = useQuery(manageQueries.categories());
  const { currency: brandCurrency } = useBrand();
  usePageTitle(product.data?.product ? `Edit ${product.data.product.name}` : product.isLoading ? null : 'Edit product');
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: manageQueries.all }), onProductChanged()]);

  // The category list is needed before the form shows: its select starts on the product's category.
  if (product.isLoading || categories.isLoading) return <p aria-live="polite">Loading…</p>;
  if (product.error || categories.error) return <p role="alert">{(product.error ?? categories.error)!.message}</p>;
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
  // All of a product's variants share its currency (and the brand's, for a product made here).
  const currency = data.variants[0]?.price.currency ?? brandCurrency ?? 'EUR';
  return (
    <section aria-labelledby="edit-product-title" className="checkout">
      <p>
        <Link to="/manage/products">Back to the products</Link>
      </p>
      <h1 id="edit-product-title">Edit {data.name}</h1>
      <ProductDetailsForm key={data.id} product={data} categories={categories.data?.categories ?? []} onSaved={refresh} />
      <ProductPhotos productId={data.id} productName={data.name} photos={data.images} onChanged={refresh} />
      <SpecsForm key={`specs-${data.id}`} productId={data.id} specs={data.specs} onSaved={refresh} />
      <h2>Stock</h2>
      <StockTable productName={data.name} variants={data.variants} onChanged={refresh} />
      <h2>Variants</h2>
      {data.variants.map((variant) => (
        <VariantForm key={variant.id} variant={variant} onSaved={refresh} />
      ))}
      <NewVariantForm productId={data.id} currency={currency} onSaved={refresh} />
    </section>
  );
}

const detailsSchema = z.object({
  name: requiredText('Enter the product’s name'),
  description: z.string(),
  categoryId: z.string().min(1, 'Choose a category'),
});

function ProductDetailsForm({ product, categories, onSaved }: { product: Product; categories: ManageCategoriesQuery['categories']; onSaved: Saved }) {
  const form = useForm({
    resolver: zodResolver(detailsSchema),
    defaultValues: { name: product.name, description: product.description, categoryId: product.category.id },
  });
  const save = useMutation({
    mutationFn: (input: z.output<typeof detailsSchema>) => request(UpdateProductMutation, { id: product.id, input }),
    onSuccess: async (data) => {
      toast.success(`${data.updateProduct.name}: details saved`);
      await onSaved();
    },
  });
  return (
    <form onSubmit={submitTo(form, save.mutateAsync)} noValidate aria-label="Product details">
      <fieldset>
        <legend>Product details</legend>
        <ProductDetailsFields form={form} categories={categories} />
        <FormError message={formError(form)} />
        <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label="Save details" />
      </fieldset>
    </form>
  );
}

/** A variant's fields as the API names them; the price is typed in the product's currency. */
function variantSchema(currency: string) {
  return z.object({
    name: requiredText('Enter the variant’s name'),
    sku: requiredText('Enter the SKU'),
    priceMinor: moneyText(currency, `Enter a price like ${amountExample(4990, currency)}`),
    size: optionText,
    colour: optionText,
  });
}

function VariantForm({ variant, onSaved }: { variant: Variant; onSaved: Saved }) {
  const schema = useMemo(() => variantSchema(variant.price.currency), [variant.price.currency]);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: variant.name, sku: variant.sku, priceMinor: moneyInputText(variant.price), size: variant.size ?? '', colour: variant.colour ?? '' },
  });
  const save = useMutation({
    mutationFn: (input: z.output<typeof schema>) => request(UpdateVariantMutation, { id: variant.id, input }),
    onSuccess: async (_data, input) => {
      toast.success(`Variant ${input.name} saved`);
      await onSaved();
    },
  });
  return (
    <form onSubmit={submitTo(form, save.mutateAsync)} noValidate aria-label={`Variant ${variant.name}`}>
      <fieldset>
        <legend>
          {variant.name} <span className="muted">({variant.stock} in stock)</span>
        </legend>
        <TextField label="Variant name" required {...form.register('name')} error={fieldError(form, 'name')} />
        <TextField label="SKU" required {...form.register('sku')} error={fieldError(form, 'sku')} />
        <TextField label={`Price (${variant.price.currency}, tax included)`} inputMode="decimal" required {...form.register('priceMinor')} error={fieldError(form, 'priceMinor')} />
        <VariantOptionFields form={form} />
        <FormError message={formError(form)} />
        <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label={`Save ${variant.name}`} />
      </fieldset>
    </form>
  );
}

function NewVariantForm({ productId, currency, onSaved }: { productId: string; currency: string; onSaved: Saved }) {
  const schema = useMemo(() => variantSchema(currency).extend({ stock: integerText('Enter a whole number of units, 0 or more', { min: 0 }) }), [currency]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { name: '', sku: '', priceMinor: '', size: '', colour: '', stock: '0' } });
  const add = useMutation({ mutationFn: (input: z.output<typeof schema>) => request(AddVariantMutation, { productId, input }) });
  const submit = submitTo(form, async (input) => {
    await add.mutateAsync(input);
    form.reset(undefined, { keepIsSubmitSuccessful: true });
    toast.success(`Variant ${input.name} added`);
    await onSaved();
  });
  return (
    <form onSubmit={submit} noValidate aria-label="New variant">
      <fieldset>
        <legend>Add a variant</legend>
        <TextField label="Variant name" required {...form.register('name')} error={fieldError(form, 'name')} />
        <TextField label="SKU" required {...form.register('sku')} error={fieldError(form, 'sku')} />
        <TextField label={`Price (${currency}, tax included)`} inputMode="decimal" required {...form.register('priceMinor')} error={fieldError(form, 'priceMinor')} />
        <VariantOptionFields form={form} />
        <TextField label="Stock" type="number" min={0} required {...form.register('stock')} error={fieldError(form, 'stock')} />
        <FormError message={formError(form)} />
        <SaveButton pending={form.formState.isSubmitting} saved={form.formState.isSubmitSuccessful} label="Add variant" savedText="Variant added" />
      </fieldset>
    </form>
  );
}
