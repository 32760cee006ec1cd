import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { request } from '../../../lib/graphql-client';
import { useViewer } from '../../auth/hooks/use-session';
import { MyOrdersQuery } from '../graphql/orders';
import { OrdersTable } from './OrdersTable';

export function MyOrdersPage() {
  const { viewer, isLoading } = useViewer();
  const orders = useQuery({ queryKey: ['orders', 'mine'], queryFn: () => request(MyOrdersQuery), enabled: Boolean(viewer) });
  if (isLoading) return null;
  if (!viewer) return <Navigate to="/log-in?next=/orders" replace />;
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">Your orders</h1>
      {orders.isLoading && <p aria-live="polite">Loading…</p>}
      {orders.error && <p role="alert">{orders.error.message}</p>}
      {orders.data && <OrdersTable orders={orders.data.myOrders.nodes} linkTo={(id) => `/orders/${id}`} />}
    </section>
  );
}
