import { Thumbnail } from '@/components/ui';
import type { OrderDetailFieldsFragment } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';

type Detail = Pick<OrderDetailFieldsFragment, 'lines' | 'subtotal' | 'shipping' | 'tax' | 'total' | 'refunded' | 'shippingMethodName' | 'taxRateBp' | 'pricesIncludeTax'>;

/** What was bought: one row per line, on a phone one card per line (orders.css). */
export function OrderLinesTable({ lines }: { lines: Detail['lines'] }) {
  return (
    <table className="order-lines">
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
        {lines.map((line) => (
          <tr key={line.id}>
            <td data-label="Item">
              <div className="line-item">
                <Thumbnail image={line.image} />
                <div>
                  {line.productName}
                  <div className="muted">
                    {line.variantName} · {line.sku}
                  </div>
                </div>
              </div>
            </td>
            <td data-label="Price">{formatMoney(line.unitPrice)}</td>
            <td data-label="Quantity">{line.quantity}</td>
            <td data-label="Total">{formatMoney(line.lineTotal)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Items, shipping ("Free" when it is), tax, total and what was refunded of it. */
export function OrderTotals({ order }: { order: Detail }) {
  return (
    <dl className="order-totals">
      <dt>Items</dt>
      <dd>{formatMoney(order.subtotal)}</dd>
      <dt>Shipping ({order.shippingMethodName})</dt>
      <dd>{order.shipping.amountMinor === 0 ? 'Free' : formatMoney(order.shipping)}</dd>
      <dt>
        Tax ({order.taxRateBp / 100}%{order.pricesIncludeTax ? ', included' : ''})
      </dt>
      <dd>{formatMoney(order.tax)}</dd>
      <dt className="order-totals-total">Total</dt>
      <dd className="order-totals-total">{formatMoney(order.total)}</dd>
      {order.refunded.amountMinor > 0 && (
        <>
          <dt>Refunded</dt>
          <dd>−{formatMoney(order.refunded)}</dd>
        </>
      )}
    </dl>
  );
}
