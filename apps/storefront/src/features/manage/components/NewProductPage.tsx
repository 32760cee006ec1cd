import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { Button, toast } from '@/components/ui';
import type { ManageCategoriesQuery } from '@/gql/graphql';
import { useBrand } from '@/lib/brand/brand';
import { amountExample, fieldError, formError, integerText, moneyText, requiredText, submitTo } from '@/lib/forms';
import { ApiError, request } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import { CreateProductMutation } from '../graphql/products';
import { manageQueries } from '../queries';
import { uploadProductPhoto } from '../upload-photo';
import { ImageUploadForm, type NewPhoto } from './ImageUploadForm';
import '../photos.css';
import { ProductDetailsFields } from './ProductDetailsFields';
import { optionText, VariantOptionFields } from './VariantOptionFields';

/** Named as the API's CreateProductInput, so its refusals (`variants.0.sku`) land beside the field. */
function newProductSchema(currency: string) {
  return z.object({
    name: requiredText('Enter the product’s name'),
    description: z.string(),
    categoryId: z.string().min(1, 'Choose a category'),
    // The first variant; more are added on the edit page.
    variants: z
      .array(
        z.object({
          sku: requiredText('Enter the SKU'),
          name: requiredText('Enter the variant’s name'),
          priceMinor: moneyText(currency, `Enter a price like ${amountExample(4990, currency)}`),
          size: optionText,
          colour: optionText,
          stock: integerText('Enter a whole number of units, 0 or more', { min: 0 }),
        }),
      )
      .length(1),
  });
}

/** A new product with its first variant, priced in the shop's currency, saved as a draft to publish from the product list. */
export function NewProductPage() {
  usePageTitle('New product');
  const categories = useQuery(manageQueries.categories());
  const { currency } = useBrand();
  return (
    <section aria-labelledby="new-product-title" className="checkout">
      <h1 id="new-product-title">New product</h1>
      {categories.isLoading || !currency ? (
        <p aria-live="polite">Loading…</p>
      ) : categories.error ? (
        <p role="alert">{categories.error.message}</p>
      ) : (
        <NewProductForm categories={categories.data?.categories ?? []} currency={currency} />
      )}
    </section>
  );
}

/**
 * The product's fields, then its photos (each with its description; kept here and uploaded in this
 * order once the product is saved, the first becoming the main photo), then the save button.
 */
function NewProductForm({ categories, currency }: { categories: ManageCategoriesQuery['categories']; currency: string }) {
  const navigate = useNavigate();
  const formId = useId();
  const [photos, setPhotos] = useState<NewPhoto[]>([]);
  const schema = useMemo(() => newProductSchema(currency), [currency]);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: '', description: '', categoryId: categories[0]?.id ?? '', variants: [{ sku: '', name: 'Standard', priceMinor: '', size: '', colour: '', stock: '0' }] },
  });
  const create = useMutation({
    mutationFn: (input: z.output<typeof schema>) =>
      request(CreateProductMutation, { input: { ...input, currency } }).catch((error: unknown) => {
        // The slug is made from the name: a taken slug is the name's problem.
        throw error instanceof ApiError && error.field === 'slug' ? new ApiError(error.message, error.code, 'name') : error;
      }),
  });
  const submit = submitTo(form, async (input) => {
    const { createProduct } = await create.mutateAsync(input);
    // The product exists now: a photo that fails is said, and can be added again on the edit page.
    let failed = 0;
    for (const photo of photos) await uploadProductPhoto(createProduct.id, photo.file, photo.alt).catch(() => failed++);
    if (failed) toast.error(`${failed} ${failed === 1 ? 'photo was' : 'photos were'} not uploaded: add them again here`);
    else toast.success(`${input.name} saved as a draft`);
    await navigate(photos.length ? `/manage/products/${createProduct.slug}/edit` : '/manage/products');
  });
  return (
    <>
    <form id={formId} onSubmit={submit} noValidate aria-label="New product">
      <ProductDetailsFields form={form} categories={categories} />
      <fieldset>
        <legend>First variant</legend>
        <TextField label="SKU" required {...form.register('variants.0.sku')} error={fieldError(form, 'variants.0.sku')} />
        <TextField label="Variant name" required {...form.register('variants.0.name')} error={fieldError(form, 'variants.0.name')} />
        <TextField
          label={`Price (${currency}, tax included)`}
          inputMode="decimal"
          required
          {...form.register('variants.0.priceMinor')}
          error={fieldError(form, 'variants.0.priceMinor')}
        />
        <VariantOptionFields form={form} prefix="variants.0." />
        <TextField label="Stock" type="number" min={0} required {...form.register('variants.0.stock')} error={fieldError(form, 'variants.0.stock')} />
      </fieldset>
    </form>
    <section aria-labelledby="new-photos-title" className="product-photos">
      <h2 id="new-photos-title">Photos</h2>
      {photos.length > 0 && (
        <ol className="photo-queue">
          {photos.map((photo, index) => (
            <li key={`${photo.file.name}-${index}`}>
              <span>
                {photo.alt} <span className="muted">({photo.file.name}{index === 0 ? ', main photo' : ''})</span>
              </span>
              <Button size="sm" variant="ghost" onClick={() => setPhotos(photos.filter((_, i) => i !== index))}>
                Remove<span className="visually-hidden"> {photo.alt}</span>
              </Button>
            </li>
          ))}
        </ol>
      )}
      <ImageUploadForm productName="the new product" submitLabel="Add photo" onAdd={async (photo) => setPhotos((list) => [...list, photo])} />
    </section>
    <FormError message={formError(form)} />
    <Button type="submit" form={formId} pending={form.formState.isSubmitting} pendingLabel="Saving…">
      Save as draft
    </Button>
    </>
  );
}
