import { Link } from 'react-router';
import type { OrderSummaryFieldsFragment } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { ORDER_STATUS_LABELS } from '../order-status';

/** The signed-in buyer's orders, newest first. */
export function OrdersTable({ orders, linkTo }: { orders: OrderSummaryFieldsFragment[]; linkTo: (id: string) => string }) {
  if (orders.length === 0) return <p>No orders yet.</p>;
  return (
    <table className="orders-table">
      <caption className="visually-hidden">Orders</caption>
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Placed</th>
          <th scope="col">Status</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id}>
            <td>
              <Link to={linkTo(order.id)} className="order-number" aria-label={`Order ${order.number}`}>
                {order.number}
              </Link>
            </td>
            <td>{new Date(order.createdAt).toLocaleDateString()}</td>
            <td>{ORDER_STATUS_LABELS[order.status]}</td>
            <td>{formatMoney(order.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
