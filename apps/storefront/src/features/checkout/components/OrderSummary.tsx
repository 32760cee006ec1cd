import type { ReactNode } from 'react';
import { BookingTime } from '@/components/booking/BookingTime';
import { Link } from 'react-router';
import { Price, Thumbnail } from '@/components/ui';
import type { CheckoutQuoteQuery } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';

export type Quote = CheckoutQuoteQuery['checkoutQuote'];

const percent = (rateBp: number) => `${(rateBp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;

/**
 * The order before it is placed: every line, shipping ("Free" when it is, "None" when only services
 * are bought, which are not sent), tax and the total, all
 * from the API's quote, which prices the order as checkout will. `children` is the place-order
 * button, so the total is read right before it.
 */
export function OrderSummary({
  quote,
  updating,
  error,
  countryLabel,
  children,
}: {
  quote: Quote | undefined;
  updating: boolean;
  error: Error | null;
  /** "Germany": where the tax rate comes from. */
  countryLabel: string | null;
  children: ReactNode;
}) {
  return (
    <aside className="order-summary panel" aria-labelledby="order-summary-title">
      <h2 id="order-summary-title" className="order-summary-title">
        Order summary
      </h2>
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : !quote ? (
        <p aria-live="polite">Working out your total…</p>
      ) : (
        <>
          <ul className="order-summary-lines">
            {quote.items.map((item) => (
              <li key={item.variant.id} className="order-summary-line">
                <Thumbnail image={item.image} size="3.5rem" />
                <span className="order-summary-item">
                  <span className="order-summary-name">{item.product.name}</span>
                  {item.product.sellerName && <span className="muted">Sold by {item.product.sellerName}</span>}
                  <span className="muted">
                    {item.booking ? <BookingTime booking={item.booking} /> : item.variant.name} · {item.quantity} × {formatMoney(item.unitPrice)}
                  </span>
                  {!item.available && (
                    <span className="cart-line-problem">
                      {item.variant.stock > 0 ? `Only ${item.variant.stock} left` : 'Sold out'}: <Link to="/cart">change your cart</Link>
                    </span>
                  )}
                </span>
                <span className="order-summary-amount">{formatMoney(item.lineTotal)}</span>
              </li>
            ))}
          </ul>
          {/* Announced when the method or the country changes the totals. */}
          <dl className="order-summary-totals" aria-live="polite" aria-busy={updating || undefined} data-testid="order-summary-totals">
            <div>
              <dt>Items ({quote.itemCount})</dt>
              <dd data-testid="summary-subtotal">{formatMoney(quote.subtotal)}</dd>
            </div>
            <div>
              {quote.nothingToShip ? (
                <>
                  <dt>Shipping</dt>
                  <dd data-testid="summary-shipping">
                    <strong className="free">None</strong>
                  </dd>
                  <dd className="order-summary-hint">Nothing to ship: services are booked, not sent.</dd>
                </>
              ) : (
                <>
                  <dt>
                    Shipping <span className="order-summary-method">· {quote.shippingMethod.name}</span>
                  </dt>
                  <dd data-testid="summary-shipping">{quote.freeShipping ? <strong className="free">Free</strong> : formatMoney(quote.shipping)}</dd>
                </>
              )}
              {quote.freeShippingShortfall && <dd className="order-summary-hint">Add {formatMoney(quote.freeShippingShortfall)} more for free shipping with this method.</dd>}
            </div>
            <div>
              <dt>
                {quote.pricesIncludeTax ? 'Including tax' : 'Tax'} ({percent(quote.taxRateBp)}
                {countryLabel ? `, ${countryLabel}` : ''})
              </dt>
              <dd data-testid="summary-tax">{formatMoney(quote.tax)}</dd>
            </div>
            <div className="order-summary-total">
              <dt>Total</dt>
              <dd data-testid="summary-total">
                <Price money={quote.total} size="lg" />
              </dd>
            </div>
          </dl>
        </>
      )}
      <div className="order-summary-action">{children}</div>
    </aside>
  );
}
