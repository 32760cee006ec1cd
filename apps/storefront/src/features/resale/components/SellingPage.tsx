import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormError } from '@/components/form/FormError';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { Badge, Button, EmptyState, Price, toast } from '@/components/ui';
import type { UsedItemCondition, UsedItemKind, UsedSaleFieldsFragment } from '@/gql/graphql';
import { ApiError, request } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import type { UploadedImage } from '@/lib/upload';
import { ConfirmAdultSellerMutation, ListUsedItemMutation, MarkUsedItemDeliveredMutation, MarkUsedItemShippedMutation, ReportStolenBikeMutation, WithdrawUsedItemMutation } from '../graphql/resale';
import { CONDITION_LABELS, KIND_LABELS, LISTING_LABELS, STAGE_LABELS, STAGE_TONES } from '../labels';
import { resaleQueries } from '../queries';
import { formatDay } from './dates';
import '../resale.css';

/** `/account/selling`: confirm being an adult, list a used item, your listings and sales, report your stolen bike. */
export function SellingPage() {
  usePageTitle('Selling');
  const query = useQuery(resaleQueries.selling());
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: resaleQueries.all });
  const confirm = useMutation({ mutationFn: () => request(ConfirmAdultSellerMutation), onSuccess: refresh });

  if (query.isLoading) return <p aria-live="polite">Loading…</p>;
  if (query.error || !query.data) return <p role="alert">{query.error?.message ?? 'Your selling page cannot be shown.'}</p>;
  const { mySellerAttestation, myUsedItems, myUsedSales } = query.data;

  return (
    <div className="selling">
      <h1>Selling</h1>
      <p className="muted">Sell your used bikes and parts to other riders. Buyers pay through Ridgeline; your money is released when they confirm receipt or two days after delivery.</p>
      {!mySellerAttestation ? (
        <section aria-labelledby="adult-title" className="selling-panel">
          <h2 id="adult-title">Before you sell</h2>
          <p>Selling and receiving payouts is for adults. Confirm that you are 18 or older.</p>
          <Button onClick={() => confirm.mutate()} disabled={confirm.isPending}>
            {confirm.isPending ? 'Confirming…' : 'I confirm I am 18 or older'}
          </Button>
          <FormError message={confirm.error?.message} />
        </section>
      ) : (
        <ListItemForm onListed={refresh} />
      )}
      <MySales sales={myUsedSales} onChanged={refresh} />
      <section aria-labelledby="my-listings-title">
        <h2 id="my-listings-title">Your listings</h2>
        {myUsedItems.length === 0 ? (
          <EmptyState title="Nothing listed yet" description="What you list shows on the used market at once." headingLevel={3} />
        ) : (
          <ul className="selling-list">
            {myUsedItems.map((item) => (
              <li key={item.productId}>
                <div>
                  {item.slug && !item.sold && item.listingStatus === 'APPROVED' ? <Link to={`/used/${item.slug}`}>{item.title}</Link> : <strong>{item.title}</strong>}
                  <p className="muted">
                    {KIND_LABELS[item.kind]} · {CONDITION_LABELS[item.condition]}
                    {item.frameSerial && <> · serial {item.frameSerial}</>}
                  </p>
                </div>
                {item.price && <Price money={item.price} size="sm" />}
                <Badge tone={item.listingStatus === 'BLOCKED' ? 'danger' : item.listingStatus === 'APPROVED' && !item.sold ? 'success' : 'neutral'}>
                  {item.sold ? 'Sold' : item.listingStatus ? LISTING_LABELS[item.listingStatus] : ''}
                </Badge>
                {!item.sold && item.listingStatus === 'APPROVED' && <WithdrawButton productId={item.productId} onDone={refresh} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReportStolen />
    </div>
  );
}

function WithdrawButton({ productId, onDone }: { productId: string; onDone: () => unknown }) {
  const withdraw = useMutation({ mutationFn: () => request(WithdrawUsedItemMutation, { productId }), onSuccess: onDone, onError: (error) => toast.error(error.message) });
  return (
    <Button variant="secondary" size="sm" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
      Withdraw
    </Button>
  );
}

const KINDS: UsedItemKind[] = ['BIKE', 'PART', 'OTHER'];
const CONDITIONS: UsedItemCondition[] = ['NEW_WITH_TAGS', 'LIKE_NEW', 'GOOD', 'FAIR', 'FOR_PARTS'];

function ListItemForm({ onListed }: { onListed: () => unknown }) {
  const empty = { kind: 'BIKE' as UsedItemKind, condition: 'GOOD' as UsedItemCondition, title: '', description: '', price: '', brand: '', model: '', frameSize: '', year: '', frameSerial: '', handoverNote: '' };
  const [form, setForm] = useState(empty);
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof typeof empty) => (event: { target: { value: string } }) => {
    setForm({ ...form, [field]: event.target.value });
    // A message about a field goes once it is changed (the server checks again on submit).
    const { [field === 'price' ? 'priceMinor' : field]: _changed, ...rest } = errors;
    setErrors(rest);
  };
  const list = useMutation({
    mutationFn: () =>
      request(ListUsedItemMutation, {
        input: {
          kind: form.kind,
          condition: form.condition,
          title: form.title,
          description: form.description,
          priceMinor: Math.round(Number(form.price.replace(',', '.')) * 100),
          brand: form.brand,
          model: form.model,
          frameSize: form.frameSize || null,
          year: form.year ? Number(form.year) : null,
          frameSerial: form.frameSerial || null,
          handoverNote: form.handoverNote || null,
          photoIds: photos.map((photo) => photo.id),
        },
      }),
    onSuccess: async () => {
      toast.success('Listed: it is on the used market now');
      setForm(empty);
      setPhotos([]);
      setErrors({});
      await onListed();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.field) setErrors({ [error.field.replace(/^input\./, '')]: error.message });
      else setErrors({ form: error.message });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!(Number(form.price.replace(',', '.')) > 0)) return setErrors({ priceMinor: 'Give a price in euros' });
    list.mutate();
  };

  return (
    <section aria-labelledby="list-title" className="selling-panel">
      <h2 id="list-title">List a used item</h2>
      <form onSubmit={submit} className="selling-form" noValidate>
        <SelectField label="What is it?" value={form.kind} onChange={set('kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Condition" value={form.condition} onChange={set('condition')}>
          {CONDITIONS.map((condition) => (
            <option key={condition} value={condition}>
              {CONDITION_LABELS[condition]}
            </option>
          ))}
        </SelectField>
        <TextField label="Title" value={form.title} onChange={set('title')} error={errors.title} required maxLength={120} />
        <TextField label="Price (€)" inputMode="decimal" value={form.price} onChange={set('price')} error={errors.priceMinor} required />
        <TextField label="Brand" value={form.brand} onChange={set('brand')} error={errors.brand} required />
        <TextField label="Model" value={form.model} onChange={set('model')} error={errors.model} required />
        <TextField label="Frame size" value={form.frameSize} onChange={set('frameSize')} error={errors.frameSize} hint="As the maker labels it: M, 54 cm" />
        <TextField label="Year" inputMode="numeric" value={form.year} onChange={set('year')} error={errors.year} />
        <TextField
          label="Frame serial number"
          value={form.frameSerial}
          onChange={set('frameSerial')}
          error={errors.frameSerial}
          hint={form.kind === 'BIKE' ? 'Required for bikes: under the bottom bracket. Checked against the stolen-bike list; buyers see only its last three characters.' : 'Optional'}
          required={form.kind === 'BIKE'}
        />
        <TextField label="Shipping or pickup" value={form.handoverNote} onChange={set('handoverNote')} error={errors.handoverNote} hint="How the buyer gets it" />
        <div className="selling-form-wide">
          <TextAreaField label="Description" value={form.description} onChange={set('description')} error={errors.description} required rows={4} />
        </div>
        <div className="selling-form-wide">
          <PhotoPicker value={photos} onChange={setPhotos} max={8} error={errors.photoIds} />
        </div>
        <div className="selling-form-wide">
          <FormError message={errors.form ?? errors.adult} />
          <Button type="submit" disabled={list.isPending}>
            {list.isPending ? 'Listing…' : 'List it for sale'}
          </Button>
        </div>
      </form>
    </section>
  );
}

type Sale = UsedSaleFieldsFragment;

function MySales({ sales, onChanged }: { sales: Sale[]; onChanged: () => unknown }) {
  const [tracking, setTracking] = useState<Record<string, string>>({});
  const ship = useMutation({
    mutationFn: (partId: string) => request(MarkUsedItemShippedMutation, { partId, tracking: tracking[partId] || null }),
    onSuccess: async () => {
      toast.success('Marked shipped');
      await onChanged();
    },
    onError: (error) => toast.error(error.message),
  });
  const deliver = useMutation({
    mutationFn: (partId: string) => request(MarkUsedItemDeliveredMutation, { partId }),
    onSuccess: async () => {
      toast.success('Marked delivered: the buyer has two days to raise a problem');
      await onChanged();
    },
    onError: (error) => toast.error(error.message),
  });
  return (
    <section aria-labelledby="my-sales-title">
      <h2 id="my-sales-title">Your sales</h2>
      {sales.length === 0 ? (
        <EmptyState title="No sales yet" description="When someone buys your item, ship it and mark it here." headingLevel={3} />
      ) : (
        <ul className="selling-list">
          {sales.map((sale) => (
            <li key={sale.partId}>
              <div>
                <strong>{sale.item.product?.name ?? `${sale.item.brand} ${sale.item.model}`}</strong>
                <p className="muted">
                  You receive {sale.sellerNet && <Price money={sale.sellerNet} size="sm" />}
                  {sale.releaseAfter && sale.stage === 'DELIVERED' && <> · released on {formatDay(sale.releaseAfter)} unless the buyer raises a problem</>}
                  {sale.trackingCode && <> · tracking {sale.trackingCode}</>}
                </p>
              </div>
              <Badge tone={STAGE_TONES[sale.stage]}>{STAGE_LABELS[sale.stage]}</Badge>
              {sale.stage === 'PAID' && (
                <div className="selling-actions">
                  <TextField label="Tracking (optional)" value={tracking[sale.partId] ?? ''} onChange={(e) => setTracking({ ...tracking, [sale.partId]: e.target.value })} />
                  <Button size="sm" onClick={() => ship.mutate(sale.partId)} disabled={ship.isPending}>
                    Mark shipped
                  </Button>
                </div>
              )}
              {(sale.stage === 'PAID' || sale.stage === 'SHIPPED') && (
                <Button size="sm" variant="secondary" onClick={() => deliver.mutate(sale.partId)} disabled={deliver.isPending}>
                  Mark delivered
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportStolen() {
  const [serial, setSerial] = useState('');
  const [note, setNote] = useState('');
  const report = useMutation({
    mutationFn: () => request(ReportStolenBikeMutation, { serial, note: note || null }),
    onSuccess: () => {
      toast.success('Reported: this serial can no longer be sold here');
      setSerial('');
      setNote('');
    },
  });
  return (
    <section aria-labelledby="stolen-title" className="selling-panel">
      <h2 id="stolen-title">Report my stolen bike</h2>
      <p className="muted">Its frame serial goes on the stolen-bike list at once: nobody can list it here, and a listing of it is taken down.</p>
      <form
        className="selling-form"
        onSubmit={(event) => {
          event.preventDefault();
          report.mutate();
        }}
      >
        <TextField label="Frame serial number" value={serial} onChange={(e) => setSerial(e.target.value)} required error={report.error instanceof ApiError && report.error.field === 'serial' ? report.error.message : undefined} />
        <TextField label="Where and when (optional)" value={note} onChange={(e) => setNote(e.target.value)} maxLength={300} />
        <div className="selling-form-wide">
          <Button type="submit" variant="secondary" disabled={report.isPending || !serial.trim()}>
            Report stolen
          </Button>
        </div>
      </form>
    </section>
  );
}
