import { AddressInWords } from '@/components/address/AddressInWords';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type ComponentType } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { Badge, Button, ConfirmDialog, toast } from '@/components/ui';
import type { ManageOrderQuery } from '@/gql/graphql';
import { amountExample, fieldError, moneyText } from '@/lib/forms';
import { ApiError, request } from '@/lib/graphql-client';
import { formatMoney, type Money } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { FulfilOrderMutation, RefundOrderMutation } from '../graphql/manage-orders';
import { describeHistoryEntry, fulfilledBy } from '../order-history';
import { ORDER_STATUS_LABELS, ORDER_STATUS_TONES, REFUND_STATUS_LABELS, REFUND_STATUS_TONES, formatDateTime } from '../order-status';
import { managedOrderQueries } from '../manage-queries';
import { orderQueries } from '../queries';
import { refundKeys } from '../refund-keys';
import { OrderLinesTable, OrderTotals } from './OrderDetails';
import '../orders.css';

type Data = ManageOrderQuery;
type ManagedOrder = Data['order'];

const PROVIDER_LABELS: Record<string, string> = { stripe: 'Stripe', 'offline-test': 'Test provider (no money moves)' };
const PAYMENT_STATUS_LABELS: Record<string, string> = { PENDING: 'Waiting for payment', SUCCEEDED: 'Paid', FAILED: 'Declined', CANCELLED: 'Cancelled' };

/**
 * One order in the back office: who bought it, what, where it goes, how it was paid, what was
 * refunded and by whom, and everything that happened to it (the event log). Fulfilling and
 * refunding ask first, naming the order and the amount, and say when they are done.
 */
/** `Parts` (the app passes the order-parts feature's): the sellers' parts with commission and net. */
export function ManageOrderPage({ Parts }: { Parts?: ComponentType<{ orderId: string; version: string }> } = {}) {
  const { id = '' } = useParams();
  const query = useQuery(managedOrderQueries.managedDetail(id));
  usePageTitle(query.data ? `Order ${query.data.order.number}` : query.isLoading ? null : 'Order');

  if (query.isLoading) return <p aria-live="polite">Loading the order…</p>;
  if (query.error || !query.data) {
    const missing = query.error instanceof ApiError && query.error.code === 'NOT_FOUND';
    return (
      <section aria-labelledby="order-missing-title">
        <h1 id="order-missing-title">{missing ? 'This order does not exist' : 'The order did not load'}</h1>
        {!missing && <p role="alert">{query.error?.message}</p>}
        <p>
          <Link to="/manage/orders">All orders</Link>
        </p>
      </section>
    );
  }
  return <ManagedOrderView data={query.data} Parts={Parts} />;
}

function ManagedOrderView({ data, Parts }: { data: Data; Parts?: ComponentType<{ orderId: string; version: string }> }) {
  const { order, orderBuyer, orderHistory } = data;
  const fulfiller = fulfilledBy(orderHistory);
  return (
    <article aria-labelledby="order-title" className="manage-order">
      <p className="manage-order-back">
        <Link to="/manage/orders">All orders</Link>
      </p>
      <header className="manage-order-header">
        <h1 id="order-title">Order {order.number}</h1>
        <p className="manage-order-status">
          <Badge tone={ORDER_STATUS_TONES[order.status]} data-testid="order-status">
            {ORDER_STATUS_LABELS[order.status]}
          </Badge>
          {order.payment?.testMode && <Badge tone="warning">Test mode</Badge>}
          <span className="muted">Placed {formatDateTime(order.createdAt)}</span>
        </p>
      </header>

      <div className="manage-order-grid">
        <div className="manage-order-main">
          <section aria-labelledby="order-items-title" className="manage-order-card">
            <h2 id="order-items-title">Items</h2>
            <OrderLinesTable lines={order.lines} />
            <OrderTotals order={order} />
          </section>

          {Parts && <Parts orderId={order.id} version={`${order.status}:${order.refunded.amountMinor}`} />}

          <RefundsSection order={order} />

          <section aria-labelledby="order-history-title" className="manage-order-card">
            <h2 id="order-history-title">History</h2>
            {orderHistory.length === 0 ? (
              <p className="muted">Nothing recorded yet.</p>
            ) : (
              <ol className="order-timeline">
                {orderHistory.map((entry) => (
                  <li key={entry.id}>
                    <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                    <span>{describeHistoryEntry(entry)}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>

        <div className="manage-order-side">
          <section aria-labelledby="order-buyer-title" className="manage-order-card">
            <h2 id="order-buyer-title">Buyer</h2>
            <dl className="manage-order-facts">
              <dt>Name</dt>
              <dd>
                <Link to={`/members/${order.buyer.id}`}>{order.buyer.displayName}</Link>
              </dd>
              <dt>Email</dt>
              <dd className="manage-order-email">
                <a href={`mailto:${orderBuyer.email}`}>{orderBuyer.email}</a>
              </dd>
            </dl>
            <p>
              <Link to={`/manage/orders?q=${encodeURIComponent(orderBuyer.email)}`}>All orders by {order.buyer.displayName}</Link>
            </p>
          </section>

          <section aria-labelledby="order-delivery-title" className="manage-order-card">
            <h2 id="order-delivery-title">Delivery</h2>
            <AddressInWords address={order.shippingAddress} className="order-address" />
            <p className="muted">{order.shippingMethodName}</p>
          </section>

          <section aria-labelledby="order-payment-title" className="manage-order-card">
            <h2 id="order-payment-title">Payment</h2>
            {order.payment ? (
              <dl className="manage-order-facts">
                <dt>Provider</dt>
                <dd>{PROVIDER_LABELS[order.payment.provider] ?? order.payment.provider}</dd>
                <dt>Mode</dt>
                <dd>{order.payment.testMode ? 'Test mode: no real money moved' : 'Live'}</dd>
                <dt>Status</dt>
                <dd>{PAYMENT_STATUS_LABELS[order.payment.status] ?? order.payment.status}</dd>
                {order.paidAt && (
                  <>
                    <dt>Paid</dt>
                    <dd>{formatDateTime(order.paidAt)}</dd>
                  </>
                )}
              </dl>
            ) : (
              <p className="muted">No payment was started for this order.</p>
            )}
          </section>

          <FulfilmentSection order={order} fulfiller={fulfiller} />
        </div>
      </div>
    </article>
  );
}

/** Re-reads every order query once an action changed this one (its page, the list, the buyer's page). */
function useRefreshOrders() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: orderQueries.all });
}

function FulfilmentSection({ order, fulfiller }: { order: ManagedOrder; fulfiller: string | null }) {
  const refresh = useRefreshOrders();
  const fulfil = useMutation({
    mutationFn: () => request(FulfilOrderMutation, { id: order.id }),
    onSuccess: async () => {
      toast.success(`Order ${order.number} marked fulfilled`);
      await refresh();
    },
  });
  const canFulfil = order.status === 'PAID' || (order.status === 'PARTIALLY_REFUNDED' && !order.fulfilledAt);
  return (
    <section aria-labelledby="order-fulfilment-title" className="manage-order-card">
      <h2 id="order-fulfilment-title">Fulfilment</h2>
      {order.fulfilledAt ? (
        <p>
          Fulfilled {formatDateTime(order.fulfilledAt)}
          {fulfiller && <> by {fulfiller}</>}.
        </p>
      ) : order.status === 'CANCELLED' ? (
        <p className="muted">Cancelled{order.cancelReason ? `: ${order.cancelReason}` : ''}. Nothing to send.</p>
      ) : order.status === 'PENDING_PAYMENT' ? (
        <p className="muted">Waiting for the payment before it can be sent.</p>
      ) : (
        <p className="muted">Not sent yet.</p>
      )}
      {canFulfil && (
        <ConfirmDialog
          trigger={<Button>Mark fulfilled</Button>}
          title={`Mark order ${order.number} fulfilled?`}
          description={`Do this once the parcel to ${order.shippingAddress.name} has left. ${order.buyer.displayName} sees the order as fulfilled; it cannot be undone.`}
          confirmLabel="Mark fulfilled"
          pendingLabel="Marking…"
          onConfirm={() => fulfil.mutateAsync()}
        />
      )}
    </section>
  );
}

/** Refunds so far, and refunding the rest or part of it, each asked for first. */
function RefundsSection({ order }: { order: ManagedOrder }) {
  const refresh = useRefreshOrders();
  const currency = order.total.currency;
  const refundable: Money = { amountMinor: order.total.amountMinor - order.refunded.amountMinor, currency };
  // A cancelled order can hold a payment that came too late and could not be refunded automatically.
  const canRefund =
    refundable.amountMinor > 0 &&
    (['PAID', 'FULFILLED', 'PARTIALLY_REFUNDED'].includes(order.status) || (order.status === 'CANCELLED' && order.payment?.status === 'SUCCEEDED'));

  // The amount confirmed is the amount sent, so the key always means exactly that refund.
  const refund = useMutation({
    mutationFn: (amountMinor: number) => request(RefundOrderMutation, { orderId: order.id, amountMinor, refundKey: refundKeys.get(order.id, amountMinor) }),
    onSuccess: async (_data, amountMinor) => {
      refundKeys.done(order.id, amountMinor);
      toast.success(`Refunded ${formatMoney({ amountMinor, currency })} of order ${order.number}`);
      await refresh();
    },
    // Declined or refused: nothing was refunded, so the next try is a new refund with a new key. Any
    // other error (REFUND_PENDING, no answer) keeps the key: trying again retries that same refund.
    onError: async (error, amountMinor) => {
      if (error instanceof ApiError && ['PAYMENT_PROVIDER_ERROR', 'CONFLICT', 'BAD_USER_INPUT'].includes(error.code)) refundKeys.done(order.id, amountMinor);
      await refresh();
    },
  });

  const provider = order.payment ? (order.payment.provider === 'stripe' ? 'Stripe' : 'the test provider') : 'the payment provider';
  const consequence = `The money goes back to ${order.buyer.displayName} through ${provider}${order.payment?.testMode ? ' (test mode: no real money moves)' : ''}. A refund cannot be undone.`;

  return (
    <section aria-labelledby="order-refunds-title" className="manage-order-card">
      <h2 id="order-refunds-title">Refunds</h2>
      {order.refunds.length === 0 ? (
        <p className="muted">No refunds.</p>
      ) : (
        <ul className="order-refunds">
          {order.refunds.map((r) => (
            <li key={r.id}>
              <span className="order-refund-amount">{formatMoney(r.amount)}</span>
              <Badge tone={REFUND_STATUS_TONES[r.status]}>{REFUND_STATUS_LABELS[r.status]}</Badge>
              <span className="muted">
                {formatDateTime(r.createdAt)}
                {r.requestedBy ? ` by ${r.requestedBy.displayName}` : `, automatically: ${r.reason}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canRefund ? (
        <div className="order-refund-actions">
          <p>
            {formatMoney(refundable)} of {formatMoney(order.total)} can still be refunded.
          </p>
          <ConfirmDialog
            trigger={<Button variant="secondary">Refund the rest ({formatMoney(refundable)})</Button>}
            title={`Refund ${formatMoney(refundable)} of order ${order.number}?`}
            description={consequence}
            confirmLabel={`Refund ${formatMoney(refundable)}`}
            pendingLabel="Refunding…"
            tone="danger"
            onConfirm={() => refund.mutateAsync(refundable.amountMinor)}
          />
          <PartialRefundForm order={order} refundable={refundable} consequence={consequence} refund={refund.mutateAsync} />
        </div>
      ) : (
        order.refunded.amountMinor > 0 && <p className="muted">Refunded {formatMoney(order.refunded)} in all.</p>
      )}
    </section>
  );
}

/**
 * Refunds part of an order: the amount is checked here against what is left, then asked about in a
 * dialog naming it and the order, then checked again by the API.
 */
function PartialRefundForm({
  order,
  refundable,
  consequence,
  refund,
}: {
  order: ManagedOrder;
  refundable: Money;
  consequence: string;
  refund: (amountMinor: number) => Promise<unknown>;
}) {
  const inputId = useId();
  const submitRef = useRef<HTMLButtonElement>(null);
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
  const [asking, setAsking] = useState<number | null>(null);
  const error = fieldError(form, 'amountMinor');
  const amount = asking === null ? '' : formatMoney({ amountMinor: asking, currency });

  return (
    <form onSubmit={form.handleSubmit(({ amountMinor }) => setAsking(amountMinor))} aria-label="Refund part of this order" className="order-partial-refund" noValidate>
      <label htmlFor={inputId}>Amount to refund ({currency})</label>
      <div className="order-partial-refund-row">
        <input
          id={inputId}
          inputMode="decimal"
          {...form.register('amountMinor')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
        />
        <Button type="submit" variant="secondary" ref={submitRef}>
          Refund amount
        </Button>
      </div>
      {error && (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => {
          if (open) return;
          setAsking(null);
          // No trigger to return to (the form opened it): focus goes back to the form's button.
          setTimeout(() => submitRef.current?.focus());
        }}
        title={`Refund ${amount} of order ${order.number}?`}
        description={consequence}
        confirmLabel={`Refund ${amount}`}
        pendingLabel="Refunding…"
        tone="danger"
        onConfirm={async () => {
          await refund(asking!);
          form.reset();
        }}
      />
    </form>
  );
}
