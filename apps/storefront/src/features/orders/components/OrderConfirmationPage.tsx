import { useQuery } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import { AddressInWords } from '@/components/address/AddressInWords';
import { Badge, Price, buttonClassName } from '@/components/ui';
import type { OrderConfirmationQuery } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { useViewer } from '@/lib/session/session';
import { ORDER_STATUS_LABELS } from '../order-status';
import { orderQueries } from '../queries';
import '../confirmation.css';

type ConfirmedOrder = NonNullable<OrderConfirmationQuery['order']>;

/** How long the page asks again while a card payment is being confirmed (Stripe's webhook usually takes seconds). */
const WAIT_FOR_PAYMENT_MS = 2 * 60_000;

const percent = (rateBp: number) => `${(rateBp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * What the buyer sees once the order is placed (and, paying by card, once Stripe sends them back):
 * thanks, the order number, what was bought, where it goes (the country in words) and what happens
 * next, as it really happens here. A payment still being confirmed is asked about every few seconds.
 */
/** `Parts` (the app passes the order-parts feature's): the items grouped by seller, in place of a flat list. */
export function OrderConfirmationPage({ Parts }: { Parts?: ComponentType<{ orderId: string; headingLevel?: 2 | 3 }> } = {}) {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const [openedAt] = useState(() => Date.now());
  const order = useQuery({
    ...orderQueries.confirmation(id),
    refetchInterval: (query) => {
      const data = query.state.data;
      const waiting = data?.status === 'PENDING_PAYMENT' && data.payment?.status === 'PENDING';
      return waiting && Date.now() - openedAt < WAIT_FOR_PAYMENT_MS ? 3000 : false;
    },
  });
  usePageTitle(order.data ? `Order ${order.data.number} placed` : order.isLoading ? null : 'Order');

  if (order.isLoading) return <p aria-live="polite">Loading your order…</p>;
  if (order.error || !order.data) return <p role="alert">{order.error?.message ?? 'This order was not found'}</p>;
  const o = order.data;
  // The buyer's name, not the viewer's: a brand manager may open a buyer's confirmation too.
  const firstName = o.buyer.id === viewer?.id ? o.buyer.displayName.split(' ')[0] : undefined;
  const waitingForPayment = o.status === 'PENDING_PAYMENT' && o.payment?.status !== 'FAILED';
  // Only booked services: nothing is sent (and no shipping was charged).
  const nothingToShip = o.lines.length > 0 && o.lines.every((line) => line.offerKind === 'SERVICE');

  return (
    <article className="confirmation" aria-labelledby="confirmation-title">
      <header className="confirmation-header">
        <h1 id="confirmation-title">{o.status === 'CANCELLED' ? 'This order was cancelled' : `Thank you for your order${firstName ? `, ${firstName}` : ''}!`}</h1>
        <p className="confirmation-number">
          Order number <strong data-testid="order-number">{o.number}</strong>
        </p>
        <p>
          <Badge tone={o.status === 'PENDING_PAYMENT' ? 'warning' : o.status === 'CANCELLED' ? 'danger' : 'success'}>{ORDER_STATUS_LABELS[o.status]}</Badge>
          {o.payment?.testMode && (
            <>
              {' '}
              <Badge>Test mode</Badge>
            </>
          )}
        </p>
      </header>

      <section className="confirmation-next panel" aria-labelledby="next-title">
        <h2 id="next-title">What happens next</h2>
        <ol className="confirmation-steps" aria-live="polite">
          <li>
            <strong>Payment.</strong> <PaymentStep order={o} />
          </li>
          {o.status !== 'CANCELLED' &&
            (nothingToShip ? (
              <li>
                <strong>Nothing to ship.</strong> Services are booked, not sent: the seller confirms your time, and your bookings are under{' '}
                <Link to="/account/bookings">Your bookings</Link>.
              </li>
            ) : (
              <li>
                <strong>Dispatch.</strong> We pack your order and send it to the address below by {o.shippingMethodName}. When it has left us, the order’s status changes to
                “Fulfilled”.
              </li>
            ))}
          <li>
            <strong>Your order, any time.</strong> We don’t send emails yet, so keep the order number: this order and all your others are under{' '}
            <Link to="/orders">My orders</Link>.
          </li>
        </ol>
        {waitingForPayment && o.reservationExpiresAt && (
          <p className="muted">Your items are held for you until {time(o.reservationExpiresAt)}; an order not paid by then is cancelled and its items go back on sale.</p>
        )}
      </section>

      <div className="confirmation-details">
        <section aria-labelledby="items-title">
          <h2 id="items-title">What you ordered</h2>
          {Parts ? (
            <div data-testid="confirmation-lines">
              <Parts orderId={o.id} headingLevel={3} />
            </div>
          ) : (
          <ul className="confirmation-lines" data-testid="confirmation-lines">
              {o.lines.map((line) => (
                <li key={line.id}>
                  <span className="confirmation-line-name">
                    {line.productName}
                    <span className="muted">
                      {line.variantName} · {line.quantity} × {formatMoney(line.unitPrice)}
                    </span>
                  </span>
                  <span className="confirmation-line-total">{formatMoney(line.lineTotal)}</span>
                </li>
              ))}
            </ul>
          )}
          <dl className="confirmation-totals">
            <div>
              <dt>Items</dt>
              <dd>{formatMoney(o.subtotal)}</dd>
            </div>
            <div>
              <dt>{nothingToShip ? 'Shipping' : `Shipping · ${o.shippingMethodName}`}</dt>
              <dd>{nothingToShip ? <strong className="free">None</strong> : o.shipping.amountMinor === 0 ? <strong className="free">Free</strong> : formatMoney(o.shipping)}</dd>
            </div>
            <div>
              <dt>
                {o.pricesIncludeTax ? 'Including tax' : 'Tax'} ({percent(o.taxRateBp)})
              </dt>
              <dd>{formatMoney(o.tax)}</dd>
            </div>
            <div className="confirmation-total">
              <dt>Total</dt>
              <dd data-testid="confirmation-total">
                <Price money={o.total} size="lg" />
              </dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="delivery-title">
          <h2 id="delivery-title">{nothingToShip ? 'Your address' : 'Delivery'}</h2>
          <AddressInWords address={o.shippingAddress} className="confirmation-address" />
          <p className="muted">{nothingToShip ? 'Nothing is sent to it.' : `By ${o.shippingMethodName}`}</p>
        </section>
      </div>

      <p className="confirmation-actions">
        <Link to={`/orders/${o.id}`} className={buttonClassName({ variant: 'secondary' })}>
          View the order
        </Link>
        <Link to="/shop" className={buttonClassName({ variant: 'primary' })}>
          Continue shopping
        </Link>
      </p>
    </article>
  );
}

function PaymentStep({ order }: { order: ConfirmedOrder }) {
  const test = order.payment?.testMode;
  switch (order.status) {
    case 'PENDING_PAYMENT':
      if (order.payment?.status === 'FAILED') {
        return (
          <>
            Your payment did not go through, so nothing was charged. <Link to={`/orders/${order.id}`}>Pay on the order’s page</Link>.
          </>
        );
      }
      return <>We are waiting for the payment provider to confirm your payment; this page updates by itself.</>;
    case 'CANCELLED':
      return <>Nothing is charged for a cancelled order{order.cancelReason ? ` (${order.cancelReason})` : ''}.</>;
    default:
      return test ? <>Done, in test mode: no real money moved.</> : <>Received, {formatMoney(order.total)}. Thank you.</>;
  }
}
