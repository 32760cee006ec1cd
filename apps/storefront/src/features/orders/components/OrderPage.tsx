import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useId, useMemo, useState, type ComponentType } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { AddressInWords } from '@/components/address/AddressInWords';
import { amountExample, fieldError, moneyText, submitTo } from '@/lib/forms';
import { ApiError, request } from '@/lib/graphql-client';
import { formatMoney, type Money } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { hasAnyRole } from '@/lib/session/roles';
import { useViewer } from '@/lib/session/session';
import { z } from 'zod';
import { FulfilOrderMutation, RefundOrderMutation } from '../graphql/orders';
import { ORDER_STATUS_LABELS } from '../order-status';
import { orderQueries } from '../queries';

/** What the order page needs of a card payment form (the app passes the payments feature's). */
export interface PaymentFormProps {
  publishableKey: string;
  clientSecret: string;
  orderId: string;
  headingLevel?: 1 | 2;
}

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

/**
 * One order, for its buyer; brand managers also get fulfilment and refunds here. An unpaid card
 * payment is finished here with `PaymentForm` (the app passes the payments feature's).
 */
export function OrderPage({ PaymentForm }: { PaymentForm: ComponentType<PaymentFormProps> }) {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const client = useQueryClient();
  const order = useQuery(orderQueries.detail(id));
  usePageTitle(order.data ? `Order ${order.data.order.number}` : order.isLoading ? null : 'Order');
  const refresh = () => client.invalidateQueries({ queryKey: orderQueries.all });
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

  // Which control started the last refund: a partial refund's error shows in its own form.
  const [refundFrom, setRefundFrom] = useState<'rest' | 'part'>('rest');

  if (order.isLoading) return <p aria-live="polite">Loading…</p>;
  if (order.error) return <p role="alert">{order.error.message}</p>;
  const o = order.data!.order;
  const refundable: Money = { amountMinor: o.total.amountMinor - o.refunded.amountMinor, currency: o.total.currency };
  // A cancelled order can hold a payment that came too late and could not be refunded automatically.
  const canRefund =
    refundable.amountMinor > 0 && (['PAID', 'FULFILLED', 'PARTIALLY_REFUNDED'].includes(o.status) || (o.status === 'CANCELLED' && o.payment?.status === 'SUCCEEDED'));
  const refundRest = () => {
    setRefundFrom('rest');
    refund.mutate(refundable.amountMinor);
  };
  const refundPart = (amountMinor: number) => {
    setRefundFrom('part');
    return refund.mutateAsync(amountMinor);
  };
  const isManager = hasAnyRole(viewer, ['BRAND_MANAGER']);
  const money = formatMoney;

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
          <PaymentForm publishableKey={order.data!.paymentSettings.stripePublishableKey} clientSecret={o.payment.clientSecret} orderId={o.id} headingLevel={2} />
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
      <AddressInWords address={o.shippingAddress} />
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
                Refund the rest ({formatMoney(refundable)})
              </button>
            )}
          </div>
          {canRefund && <PartialRefundForm refundable={refundable} refund={refundPart} pending={refund.isPending} />}
          {(fulfil.error || (refund.error && refundFrom === 'rest')) && <p role="alert">{(fulfil.error ?? refund.error)!.message}</p>}
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

/** Refunds part of an order: the amount is checked here against what is left, then by the API. */
function PartialRefundForm({ refundable, refund, pending }: { refundable: Money; refund: (amountMinor: number) => Promise<unknown>; pending: boolean }) {
  const inputId = useId();
  const { amountMinor: left, currency } = refundable;
  const schema = useMemo(() => {
    const message = `Enter an amount such as ${amountExample(1250, currency)}`;
    return z.object({
      amountMinor: moneyText(currency, message)
        .refine((amount) => amount > 0, message)
        .refine((amount) => amount <= left, `At most ${formatMoney({ amountMinor: left, currency })} can be refunded`),
    });
  }, [left, currency]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { amountMinor: '' } });
  const submit = submitTo(form, async ({ amountMinor }) => {
    await refund(amountMinor);
    form.reset();
  });
  const error = fieldError(form, 'amountMinor') ?? form.formState.errors.root?.api?.message;
  return (
    <form onSubmit={submit} aria-label="Refund part of this order" className="manage-actions inline-form" noValidate>
      <label htmlFor={inputId}>Amount to refund ({currency})</label>
      <input
        id={inputId}
        inputMode="decimal"
        {...form.register('amountMinor')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
      />
      <button type="submit" className="button-secondary" disabled={pending}>
        Refund amount
      </button>
      {error && (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
