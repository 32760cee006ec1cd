import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, request } from '../../../lib/graphql-client';
import { formatPrice } from '../../../lib/format';
import { useViewer } from '../../auth/hooks/use-session';
import { hasRole } from '../../auth/roles';
import { FulfilOrderMutation, OrderQuery, RefundOrderMutation } from '../graphql/orders';
import { InputError, errorsOf, parseAmount } from '../../manage/form-input';
import { ORDER_STATUS_LABELS } from '../order-status';

// Stripe's code loads only for an order that still waits for a card payment.
const StripePayment = lazy(() => import('../../checkout/components/StripePayment'));

/**
 * One key per intended refund (this order, this amount), kept in sessionStorage: a double click, a
 * retry after an error or a reload sends the same key, which the server refunds once. It is dropped
 * only once that refund succeeded; a new amount to refund is a new refund and gets a new key.
 */
const refundKeys = {
  name: (orderId: string, amountMinor: number) => `flagship.refund-key.${orderId}.${amountMinor}`,
  get(orderId: string, amountMinor: number): string {
    const name = refundKeys.name(orderId, amountMinor);
    const existing = sessionStorage.getItem(name);
    if (existing) return existing;
    const key = crypto.randomUUID();
    sessionStorage.setItem(name, key);
    return key;
  },
  done(orderId: string, amountMinor: number): void {
    sessionStorage.removeItem(refundKeys.name(orderId, amountMinor));
  },
};

/** One order, for its buyer; brand managers also get fulfilment and refunds here. */
export function OrderPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const client = useQueryClient();
  const order = useQuery({ queryKey: ['orders', id], queryFn: () => request(OrderQuery, { id }) });
  const refresh = () => client.invalidateQueries({ queryKey: ['orders'] });
  const fulfil = useMutation({ mutationFn: () => request(FulfilOrderMutation, { id }), onSuccess: refresh });
  // The amount shown on the button is sent, so the key always means exactly that refund.
  const refund = useMutation({
    mutationFn: (amountMinor: number) => request(RefundOrderMutation, { orderId: id, amountMinor, refundKey: refundKeys.get(id, amountMinor) }),
    onSuccess: async (_data, amountMinor) => {
      refundKeys.done(id, amountMinor);
      await refresh();
    },
    // Declined or refused: nothing was refunded, so the next try is a new refund with a new key. Any
    // other error (REFUND_PENDING, no answer) keeps the key: trying again retries that same refund.
    onError: async (error, amountMinor) => {
      if (error instanceof ApiError && ['PAYMENT_PROVIDER_ERROR', 'CONFLICT', 'BAD_USER_INPUT'].includes(error.code)) refundKeys.done(id, amountMinor);
      await refresh();
    },
  });

  const [partial, setPartial] = useState('');
  const [partialError, setPartialError] = useState<InputError | null>(null);
  // Which control started the last refund, so its error shows beside that control.
  const [refundFrom, setRefundFrom] = useState<'rest' | 'part'>('rest');
  const partialId = useId();

  if (order.isLoading) return <p aria-live="polite">Loading…</p>;
  if (order.error) return <p role="alert">{order.error.message}</p>;
  const o = order.data!.order;
  const refundable = o.total.amountMinor - o.refunded.amountMinor;
  // A cancelled order can hold a payment that came too late and could not be refunded automatically.
  const canRefund =
    refundable > 0 && (['PAID', 'FULFILLED', 'PARTIALLY_REFUNDED'].includes(o.status) || (o.status === 'CANCELLED' && o.payment?.status === 'SUCCEEDED'));
  const refundRest = () => {
    setRefundFrom('rest');
    refund.mutate(refundable);
  };
  const refundPart = (event: FormEvent) => {
    event.preventDefault();
    const amount = parseAmount(partial);
    if (amount === null || amount <= 0) return setPartialError(new InputError('amountMinor', 'Enter an amount such as 12.50'));
    if (amount > refundable) return setPartialError(new InputError('amountMinor', `At most ${formatPrice(refundable, o.total.currency)} can be refunded`));
    setPartialError(null);
    setRefundFrom('part');
    refund.mutate(amount, { onSuccess: () => setPartial('') });
  };
  const amountError = partialError?.message ?? (refundFrom === 'part' ? errorsOf(refund.error, ['amountMinor']).field('amountMinor') : undefined);
  const isManager = hasRole(viewer, 'BRAND_MANAGER');
  const money = (m: { amountMinor: number; currency: string }) => formatPrice(m.amountMinor, m.currency);

  return (
    <article aria-labelledby="order-title" className="order">
      <h1 id="order-title">Order {o.number}</h1>
      <p className="order-status">
        Status: <strong data-testid="order-status">{ORDER_STATUS_LABELS[o.status]}</strong>
        {o.payment?.testMode && <span className="test-mode-badge"> test mode</span>}
      </p>
      {o.cancelReason && <p>Cancelled: {o.cancelReason}.</p>}
      {o.status === 'PENDING_PAYMENT' && o.payment?.clientSecret && order.data!.paymentSettings.stripePublishableKey && (
        // Not paid yet (the buyer left the payment form, or a card was declined): pay here, on the same
        // PaymentIntent.
        <Suspense fallback={<p aria-live="polite">Loading the payment form…</p>}>
          <StripePayment publishableKey={order.data!.paymentSettings.stripePublishableKey} clientSecret={o.payment.clientSecret} orderId={o.id} headingLevel={2} />
        </Suspense>
      )}
      <table className="cart-table">
        <caption className="visually-hidden">Items ordered</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Price</th>
            <th scope="col">Quantity</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {o.lines.map((line) => (
            <tr key={line.id}>
              <td>
                {line.productName}
                <div className="muted">
                  {line.variantName} · {line.sku}
                </div>
              </td>
              <td>{money(line.unitPrice)}</td>
              <td>{line.quantity}</td>
              <td>{money(line.lineTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="account-details order-totals">
        <dt>Items</dt>
        <dd>{money(o.subtotal)}</dd>
        <dt>Shipping ({o.shippingMethodName})</dt>
        <dd>{money(o.shipping)}</dd>
        <dt>Tax ({o.taxRateBp / 100}%{o.pricesIncludeTax ? ', included' : ''})</dt>
        <dd>{money(o.tax)}</dd>
        <dt>Total</dt>
        <dd>
          <strong>{money(o.total)}</strong>
        </dd>
        {o.refunded.amountMinor > 0 && (
          <>
            <dt>Refunded</dt>
            <dd>{money(o.refunded)}</dd>
          </>
        )}
      </dl>
      <h2>Delivery</h2>
      <address>
        {o.shippingAddress.name}
        <br />
        {o.shippingAddress.line1}
        {o.shippingAddress.line2 && (
          <>
            <br />
            {o.shippingAddress.line2}
          </>
        )}
        <br />
        {o.shippingAddress.postcode} {o.shippingAddress.city}, {o.shippingAddress.country}
      </address>
      {isManager && (
        <section aria-labelledby="manage-order-title">
          <h2 id="manage-order-title">Handle this order</h2>
          <div className="manage-actions">
            {(o.status === 'PAID' || (o.status === 'PARTIALLY_REFUNDED' && !o.fulfilledAt)) && (
              <button type="button" className="button-primary" onClick={() => fulfil.mutate()} disabled={fulfil.isPending}>
                Mark fulfilled
              </button>
            )}
            {canRefund && (
              <button type="button" className="button-secondary" onClick={refundRest} disabled={refund.isPending}>
                Refund the rest ({formatPrice(refundable, o.total.currency)})
              </button>
            )}
          </div>
          {canRefund && (
            <form onSubmit={refundPart} aria-label="Refund part of this order" className="manage-actions inline-form" noValidate>
              <label htmlFor={partialId}>Amount to refund ({o.total.currency})</label>
              <input
                id={partialId}
                inputMode="decimal"
                value={partial}
                onChange={(e) => {
                  setPartial(e.target.value);
                  setPartialError(null);
                }}
                aria-invalid={amountError ? true : undefined}
                aria-describedby={amountError ? `${partialId}-error` : undefined}
              />
              <button type="submit" className="button-secondary" disabled={refund.isPending}>
                Refund amount
              </button>
              {amountError && (
                <p id={`${partialId}-error`} className="field-error" role="alert">
                  {amountError}
                </p>
              )}
            </form>
          )}
          {(fulfil.error || (refund.error && !amountError)) && <p role="alert">{(fulfil.error ?? refund.error)!.message}</p>}
          <p>
            <Link to="/manage/orders">All orders</Link>
          </p>
        </section>
      )}
      {!isManager && (
        <p>
          <Link to="/orders">All your orders</Link>
        </p>
      )}
    </article>
  );
}
