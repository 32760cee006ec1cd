import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormError } from '@/components/form/FormError';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { Badge, Breadcrumbs, Button, Thumbnail, toast } from '@/components/ui';
import type { ListingEditQuery } from '@/gql/graphql';
import { ApiError, request } from '@/lib/graphql-client';
import { moneyInputText, parseMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { actingVendor, useViewer } from '@/lib/session/session';
import type { UploadedImage } from '@/lib/upload';
import { CreateVendorListingMutation, UpdateListingMutation } from '../graphql/listings';
import { listingBadge } from '../listing-status';
import { listingQueries } from '../queries';
import '../listings.css';

/** The shop's currency: vendors price in the brand's (the API sets it; the form only reads amounts). */
const CURRENCY = 'EUR';

interface VariantLine {
  key: number;
  name: string;
  price: string;
  stock: string;
}
interface SpecLine {
  key: number;
  label: string;
  value: string;
}
let nextKey = 1;
const emptyVariant = (): VariantLine => ({ key: nextKey++, name: '', price: '', stock: '1' });
const emptySpec = (): SpecLine => ({ key: nextKey++, label: '', value: '' });

/** List a product (`/vendor/listings/new`) or change one (`/vendor/listings/:productId/edit`). */
export function ListingFormPage() {
  const { productId } = useParams();
  const existing = useQuery({ ...listingQueries.edit(productId ?? ''), enabled: !!productId });
  usePageTitle(productId ? 'Edit listing' : 'List a product');
  if (productId && existing.isLoading) return <p aria-live="polite">Loading the listing…</p>;
  if (productId && !existing.data?.listing) {
    return (
      <section>
        <h1>This listing cannot be edited</h1>
        <p>{existing.error?.message ?? 'Only its vendor’s people can change it.'}</p>
      </section>
    );
  }
  return <ListingForm key={productId ?? 'new'} initial={existing.data?.listing} />;
}

type Existing = ListingEditQuery['listing'];

function ListingForm({ initial }: { initial?: Existing }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const { viewer } = useViewer();
  const vendor = actingVendor(viewer);
  const categories = useQuery(listingQueries.categories());
  const product = initial?.product;
  const currency = product?.priceFrom?.currency ?? CURRENCY;
  const [title, setTitle] = useState(initial?.pendingRevision?.title ?? product?.name ?? '');
  const [description, setDescription] = useState(product?.description ?? '');
  const [categoryId, setCategoryId] = useState(product?.category.id ?? '');
  const pendingPrice = initial?.pendingRevision?.priceMinor;
  const initialPrice = pendingPrice != null ? moneyInputText({ amountMinor: pendingPrice, currency }) : product?.priceFrom ? moneyInputText(product.priceFrom) : '';
  const [price, setPrice] = useState(initialPrice);
  const [variants, setVariants] = useState<VariantLine[]>([emptyVariant()]);
  const [specs, setSpecs] = useState<SpecLine[]>(product?.specs.map((s) => ({ key: nextKey++, ...s })) ?? []);
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | Error | null>(null);

  const save = useMutation({
    mutationFn: async () => {
      const specInput = specs.filter((s) => s.label.trim() || s.value.trim()).map((s) => ({ label: s.label.trim(), value: s.value.trim() }));
      if (initial) {
        // Sent only when changed: a product whose variants differ in price keeps them unless a new one is typed.
        const priceMinor = price.trim() && price !== initialPrice ? parseMoney(price, currency) : null;
        if (price.trim() && price !== initialPrice && priceMinor === null) throw new ApiError('Enter a price like 24.90', 'BAD_USER_INPUT', 'priceMinor');
        const input = { title: title.trim(), description, specs: specInput, photoIds: photos.map((p) => p.id), removeImageIds: removed, ...(priceMinor !== null ? { priceMinor } : {}) };
        return (await request(UpdateListingMutation, { productId: initial.productId, input })).updateListing;
      }
      if (!vendor) throw new Error('You do not work for a vendor');
      const variantInput = variants.map((line, i) => {
        const priceMinor = parseMoney(line.price, currency);
        if (priceMinor === null) throw new ApiError('Enter a price like 24.90', 'BAD_USER_INPUT', `variants.${i}.priceMinor`);
        if (!/^\d+$/.test(line.stock.trim())) throw new ApiError('Enter a whole number of units', 'BAD_USER_INPUT', `variants.${i}.stock`);
        return { name: line.name.trim(), priceMinor, stock: Number(line.stock) };
      });
      const input = { title: title.trim(), description, categoryId, variants: variantInput, specs: specInput, photoIds: photos.map((p) => p.id) };
      return { ...(await request(CreateVendorListingMutation, { vendorId: vendor.id, input })).createVendorListing, pendingRevision: null };
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: listingQueries.all });
      if (!initial) toast.success('Listed: a brand manager reviews it next');
      else if (saved.pendingRevision) toast.success('Saved: the new title or price waits for review');
      else toast.success('Saved');
      navigate('/vendor/listings');
    },
    onError: (e) => setError(e),
  });

  const fieldError = (field: string) => (error instanceof ApiError && error.field === field ? error.message : undefined);
  const generalError = error && !(error instanceof ApiError && error.field && /^(title|description|categoryId|priceMinor|photoIds|removeImageIds|variants|specs)/.test(error.field)) ? error.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    save.mutate();
  };
  const changeVariant = (key: number, patch: Partial<VariantLine>) => setVariants((lines) => lines.map((line) => (line.key === key ? { ...line, ...patch } : line)));
  const changeSpec = (key: number, patch: Partial<SpecLine>) => setSpecs((lines) => lines.map((line) => (line.key === key ? { ...line, ...patch } : line)));
  const approved = initial?.status === 'APPROVED';
  const badge = initial ? listingBadge(initial) : null;
  const keptImages = product?.images.filter((image) => !removed.includes(image.id)) ?? [];

  return (
    <section className="listing-form-page" aria-labelledby="listing-form-title">
      <Breadcrumbs items={[{ label: 'Your listings', to: '/vendor/listings' }, { label: initial ? 'Edit' : 'List a product' }]} />
      <h1 id="listing-form-title">{initial ? `Edit “${product?.name}”` : 'List a product'}</h1>
      {badge ? (
        <p className="listing-card-status">
          <Badge tone={badge.tone}>{badge.label}</Badge> {badge.detail}
        </p>
      ) : (
        <p className="muted">Shoppers see it once a brand manager approves it. Prices are in {currency}, tax included.</p>
      )}
      {approved && <p className="listing-note">This listing is live. A new title or price waits for a brand manager while the current one stays on sale; the description, specs and photos change at once.</p>}
      <form className="listing-form" onSubmit={submit} noValidate>
        <TextField label="Title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} required error={fieldError('title')} />
        <TextAreaField label="Description" name="description" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={5000} required error={fieldError('description')} />
        {!initial && (
          <SelectField label="Category" name="categoryId" value={categoryId} onChange={(e) => setCategoryId(e.target.value)} error={fieldError('categoryId')}>
            <option value="">Choose a category</option>
            {categories.data?.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </SelectField>
        )}
        {initial ? (
          <TextField label={`Price (${currency}, every variant)`} name="priceMinor" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} error={fieldError('priceMinor')} />
        ) : (
          <fieldset>
            <legend>Variants</legend>
            <p className="field-hint">What buyers choose between, e.g. sizes. Each has its price ({currency}) and the units you have.</p>
            {variants.map((line, i) => (
              <div className="listing-variant-row" key={line.key}>
                <TextField label={`Variant ${i + 1} name`} value={line.name} placeholder="e.g. 143 mm" onChange={(e) => changeVariant(line.key, { name: e.target.value })} maxLength={80} error={fieldError(`variants.${i}.name`)} />
                <TextField label="Price" inputMode="decimal" value={line.price} placeholder="24.90" onChange={(e) => changeVariant(line.key, { price: e.target.value })} error={fieldError(`variants.${i}.priceMinor`)} />
                <TextField label="Stock" type="number" min={0} value={line.stock} onChange={(e) => changeVariant(line.key, { stock: e.target.value })} error={fieldError(`variants.${i}.stock`)} />
                <Button variant="ghost" size="sm" disabled={variants.length === 1} onClick={() => setVariants((lines) => lines.filter((l) => l.key !== line.key))} aria-label={`Remove variant ${i + 1}`}>
                  Remove
                </Button>
              </div>
            ))}
            <FormError message={fieldError('variants')} />
            <div>
              <Button variant="secondary" size="sm" onClick={() => setVariants((lines) => [...lines, emptyVariant()])}>
                Add a variant
              </Button>
            </div>
          </fieldset>
        )}
        <fieldset>
          <legend>Specs</legend>
          <p className="field-hint">Shown as a table on the product page, e.g. Weight: 240 g.</p>
          {specs.map((line, i) => (
            <div className="listing-spec-row" key={line.key}>
              <TextField label={`Spec ${i + 1}`} value={line.label} placeholder="Weight" onChange={(e) => changeSpec(line.key, { label: e.target.value })} maxLength={40} error={fieldError(`specs.${i}.label`)} />
              <TextField label="Value" value={line.value} placeholder="240 g" onChange={(e) => changeSpec(line.key, { value: e.target.value })} maxLength={200} error={fieldError(`specs.${i}.value`)} />
              <Button variant="ghost" size="sm" onClick={() => setSpecs((lines) => lines.filter((l) => l.key !== line.key))} aria-label={`Remove spec ${i + 1}`}>
                Remove
              </Button>
            </div>
          ))}
          <div>
            <Button variant="secondary" size="sm" onClick={() => setSpecs((lines) => [...lines, emptySpec()])}>
              Add a spec
            </Button>
          </div>
        </fieldset>
        {keptImages.length > 0 && (
          <fieldset>
            <legend>Current photos</legend>
            <ul className="listing-current-photos">
              {keptImages.map((image) => (
                <li key={image.id}>
                  <Thumbnail image={image} size="5rem" />
                  <span className="listing-photo-alt">{image.alt}</span>
                  <Button variant="ghost" size="sm" onClick={() => setRemoved((ids) => [...ids, image.id])} aria-label={`Remove “${image.alt}”`}>
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <PhotoPicker label={initial ? 'Add photos' : 'Photos'} value={photos} onChange={setPhotos} max={12} error={fieldError('photoIds')} />
        <FormError message={generalError} />
        <div className="listing-form-actions">
          <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
            {initial ? 'Save changes' : 'Send for review'}
          </Button>
          <Button variant="ghost" onClick={() => navigate('/vendor/listings')}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
