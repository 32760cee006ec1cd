import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { OrderStatus } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { ManageOrdersQuery } from '../../orders/graphql/orders';
import { OrdersTable } from '../../orders/components/OrdersTable';
import { ORDER_STATUS_LABELS } from '../../orders/order-status';

export function ManageOrdersPage() {
  const [status, setStatus] = useState<OrderStatus | ''>('PAID');
  const filterId = useId();
  const orders = useQuery({ queryKey: ['orders', 'manage', status], queryFn: () => request(ManageOrdersQuery, { status: status || null }) });
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
