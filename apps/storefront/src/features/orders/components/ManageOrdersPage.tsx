import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { OrderStatus } from '@/gql/graphql';
import { usePageTitle } from '@/lib/page-title';
import { ORDER_STATUS_LABELS } from '../order-status';
import { orderQueries } from '../queries';
import { OrdersTable } from './OrdersTable';

/** Every buyer's orders, for brand managers, filtered by status. */
export function ManageOrdersPage() {
  usePageTitle('Orders');
  const [status, setStatus] = useState<OrderStatus | ''>('PAID');
  const filterId = useId();
  const orders = useQuery(orderQueries.managed(status || null));
  return (
    <section aria-labelledby="manage-orders-title">
      <h1 id="manage-orders-title">Orders</h1>
      <div className="field field-inline">
        <label htmlFor={filterId}>Show</label>
        <select id={filterId} value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | '')}>
          <option value="">All orders</option>
          {Object.entries(ORDER_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {orders.isLoading && <p aria-live="polite">Loading…</p>}
      {orders.error && <p role="alert">{orders.error.message}</p>}
      {orders.data && <OrdersTable orders={orders.data.manageOrders.nodes} linkTo={(id) => `/orders/${id}`} showBuyer />}
    </section>
  );
}
