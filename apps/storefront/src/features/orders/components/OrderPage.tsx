import { AddressInWords } from '@/components/address/AddressInWords';
import { useQuery } from '@tanstack/react-query';
import { Suspense, type ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import { Badge } from '@/components/ui';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { hasAnyRole } from '@/lib/session/roles';
import { useViewer } from '@/lib/session/session';
import { ORDER_STATUS_LABELS, REFUND_STATUS_LABELS, REFUND_STATUS_TONES, formatDate } from '../order-status';
import { orderQueries } from '../queries';
import { OrderLinesTable, OrderTotals } from './OrderDetails';
import '../orders.css';

/** What the order page needs of a card payment form (the app passes the payments feature's). */
export interface PaymentFormProps {
  publishableKey: string;
  clientSecret: string;
  orderId: string;
  headingLevel?: 1 | 2;
}

/**
 * One order, for its buyer: what was bought, the totals, where it goes and what was refunded. An
 * unpaid card payment is finished here with `PaymentForm` (the app passes the payments feature's).
 * Brand managers handle orders on the back office's order page (/manage/orders/:id). `Parts` (the app
 * passes the order-parts feature's) shows the items grouped by seller instead of one table.
 */
export function OrderPage({ PaymentForm, Parts }: { PaymentForm: ComponentType<PaymentFormProps>; Parts?: ComponentType<{ orderId: string }> }) {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const order = useQuery(orderQueries.detail(id));
  usePageTitle(order.data ? `Order ${order.data.order.number}` : order.isLoading ? null : 'Order');

  if (order.isLoading) return <p aria-live="polite">Loading…</p>;
  if (order.error) return <p role="alert">{order.error.message}</p>;
  const o = order.data!.order;
  const isManager = hasAnyRole(viewer, ['BRAND_MANAGER']);
  // What the buyer is told of refunds: those made or under way, not ones the provider declined.
  const refunds = o.refunds.filter((r) => r.status !== 'FAILED');

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
      {Parts ? <Parts orderId={o.id} /> : <OrderLinesTable lines={o.lines} />}
      <OrderTotals order={o} />
      {refunds.length > 0 && (
        <section aria-labelledby="order-refunds-title">
          <h2 id="order-refunds-title">Refunds</h2>
          <ul className="order-refunds">
            {refunds.map((r) => (
              <li key={r.id}>
                <span className="order-refund-amount">{formatMoney(r.amount)}</span>
                <Badge tone={REFUND_STATUS_TONES[r.status]}>{REFUND_STATUS_LABELS[r.status]}</Badge>
                <span className="muted">{formatDate(r.status === 'SUCCEEDED' ? r.updatedAt : r.createdAt)}</span>
              </li>
            ))}
          </ul>
          <p className="muted">Refunds go back to the card or account you paid with; your bank may take a few days to show them.</p>
        </section>
      )}
      <h2>Delivery</h2>
      <AddressInWords address={o.shippingAddress} className="order-address" />
      <p>
        {isManager ? (
          <>
            <Link to={`/manage/orders/${o.id}`}>Handle this order</Link> · <Link to="/orders">Your orders</Link>
          </>
        ) : (
          <Link to="/orders">All your orders</Link>
        )}
      </p>
    </article>
  );
}
