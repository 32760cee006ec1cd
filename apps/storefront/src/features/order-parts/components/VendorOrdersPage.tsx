import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Badge, Button, Dialog, EmptyState, toast } from '@/components/ui';
import type { OrderPartStatus, VendorOrderPartsQuery } from '@/gql/graphql';
import { ApiError, request } from '@/lib/graphql-client';
import { formatMoney, moneyInputText, parseMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { actingVendor, useViewer } from '@/lib/session/session';
import { FulfilOrderPartMutation, RefundOrderPartMutation } from '../graphql/order-parts';
import { PART_STATUS_LABELS, PART_STATUS_TONES, percent } from '../part-labels';
import { orderPartQueries } from '../queries';
import '../order-parts.css';

type Part = VendorOrderPartsQuery['vendorOrderParts']['nodes'][number];

const FILTERS: { status: OrderPartStatus | null; label: string }[] = [
  { status: null, label: 'All' },
  { status: 'PAID', label: 'To send' },
  { status: 'FULFILLED', label: 'Fulfilled' },
  { status: 'REFUNDED', label: 'Refunded' },
];

/**
 * The vendor's orders: each part of an order it sells, with its lines, where it goes (the buyer's
 * name and city: only what shipping needs), gross, commission and the vendor's net. The vendor marks
 * a part fulfilled once sent, and refunds part or all of it.
 */
export function VendorOrdersPage() {
  usePageTitle('Orders');
  const { viewer } = useViewer();
  const vendor = actingVendor(viewer);
  const [status, setStatus] = useState<OrderPartStatus | null>(null);
  const parts = useQuery({ ...orderPartQueries.vendor(vendor?.id ?? '', status), enabled: !!vendor });

  if (!vendor) return <EmptyState title="No vendor to act for" description="Orders appear here once you work for an approved vendor." />;
  return (
    <article className="vendor-orders" aria-labelledby="vendor-orders-title">
      <header className="vendor-orders-head">
        <h1 id="vendor-orders-title">Orders</h1>
        <p className="muted">{vendor.name}: your part of each order, the brand’s commission on it and what you keep. Send what is paid, or refund it.</p>
      </header>
      <div className="vendor-orders-filter" role="group" aria-label="Show orders">
        {FILTERS.map((filter) => (
          <Button key={filter.label} size="sm" variant={status === filter.status ? 'primary' : 'secondary'} aria-pressed={status === filter.status} onClick={() => setStatus(filter.status)}>
            {filter.label}
          </Button>
        ))}
      </div>
      {parts.isLoading && <p aria-live="polite">Loading orders…</p>}
      {parts.error && <p role="alert">{parts.error.message}</p>}
      {parts.data && parts.data.nodes.length === 0 && <EmptyState title="No orders here yet" description="When riders buy your listings, their orders appear here." />}
      <div className="order-parts">
        {parts.data?.nodes.map((part) => <VendorPart key={part.id} part={part} />)}
      </div>
    </article>
  );
}

function VendorPart({ part }: { part: Part }) {
  const client = useQueryClient();
  const fulfil = useMutation({
    mutationFn: () => request(FulfilOrderPartMutation, { partId: part.id }),
    onSuccess: async () => {
      toast.success('Marked fulfilled');
      await client.invalidateQueries({ queryKey: orderPartQueries.all });
    },
    onError: (error) => toast.error(error.message),
  });
  const earnings = part.earnings!;
  const left = earnings.gross.amountMinor - earnings.refunded.amountMinor;
  const headingId = `part-${part.id}`;
  return (
    <section className="order-part" aria-labelledby={headingId} data-testid="vendor-order-part">
      <div className="order-part-head">
        <h2 id={headingId}>
          {part.shipTo ? `${part.shipTo.name}, ${part.shipTo.city}` : 'Order'} · {new Date(part.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}
        </h2>
        <Badge tone={PART_STATUS_TONES[part.status]}>{PART_STATUS_LABELS[part.status]}</Badge>
      </div>
      <ul className="order-part-lines">
        {part.lines.map((line) => (
          <li key={line.id}>
            <span>
              {line.productName} × {line.quantity}
            </span>
            <span className="amount">{formatMoney(line.lineTotal)}</span>
          </li>
        ))}
      </ul>
      <dl className="order-part-money">
        <div>
          <dt>Gross</dt>
          <dd>{formatMoney(earnings.gross)}</dd>
        </div>
        <div>
          <dt>Commission ({percent(earnings.commissionBp)})</dt>
          <dd>{formatMoney({ amountMinor: earnings.commission.amountMinor - earnings.commissionRefunded.amountMinor, currency: earnings.commission.currency })}</dd>
        </div>
        {earnings.refunded.amountMinor > 0 && (
          <div>
            <dt>Refunded</dt>
            <dd>{formatMoney(earnings.refunded)}</dd>
          </div>
        )}
        <div>
          <dt>Your net</dt>
          <dd data-testid="part-net">{formatMoney(earnings.net)}</dd>
        </div>
      </dl>
      {(part.status === 'PAID' || part.status === 'FULFILLED') && (
        <div className="order-part-actions">
          {part.status === 'PAID' && (
            <Button onClick={() => fulfil.mutate()} disabled={fulfil.isPending}>
              {fulfil.isPending ? 'Marking…' : 'Mark fulfilled'}
            </Button>
          )}
          {left > 0 && <RefundDialog part={part} leftMinor={left} />}
        </div>
      )}
    </section>
  );
}

/** Refund part or all of one part: the amount is checked here, then by the API (one key per dialog, so a retry refunds once). */
function RefundDialog({ part, leftMinor }: { part: Part; leftMinor: number }) {
  const client = useQueryClient();
  const id = useId();
  const currency = part.earnings!.gross.currency;
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const refund = useMutation({
    mutationFn: (amountMinor: number) => request(RefundOrderPartMutation, { partId: part.id, amountMinor, refundKey: key, reason }),
    onSuccess: async (_data, amountMinor) => {
      toast.success(`Refunded ${formatMoney({ amountMinor, currency })}`);
      setOpen(false);
      await client.invalidateQueries({ queryKey: orderPartQueries.all });
    },
    onError: (failure) => setError(failure instanceof ApiError && failure.field === 'amountMinor' ? failure.message : failure.message),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minor = parseMoney(amount, currency);
    if (minor === null || minor < 1) return setError(`Enter an amount such as ${moneyInputText({ amountMinor: Math.min(1250, leftMinor), currency })}`);
    if (minor > leftMinor) return setError(`At most ${formatMoney({ amountMinor: leftMinor, currency })} can be refunded`);
    setError(null);
    refund.mutate(minor);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setAmount(moneyInputText({ amountMinor: leftMinor, currency }));
          setReason('');
          setError(null);
          setKey(crypto.randomUUID());
        }
      }}
      trigger={<Button variant="secondary">Refund</Button>}
      title="Refund this order"
      description={`Up to ${formatMoney({ amountMinor: leftMinor, currency })} can be refunded; the buyer gets it back on the card or account they paid with.`}
    >
      <form className="order-part-refund-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-amount`}>Amount ({currency})</label>
        <input
          id={`${id}-amount`}
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={`${id}-reason`}>Reason (optional)</label>
        <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="order-part-actions">
          <Button type="submit" variant="danger" disabled={refund.isPending}>
            {refund.isPending ? 'Refunding…' : 'Refund'}
          </Button>
          <Button variant="ghost" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
