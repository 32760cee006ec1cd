import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '@/lib/page-title';
import { orderQueries } from '../queries';
import { OrdersTable } from './OrdersTable';

/** The signed-in buyer's orders (the route guard keeps visitors out). */
export function MyOrdersPage() {
  usePageTitle('Your orders');
  const orders = useQuery(orderQueries.mine());
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">Your orders</h1>
      {orders.isLoading && <p aria-live="polite">Loading…</p>}
      {orders.error && <p role="alert">{orders.error.message}</p>}
      {orders.data && <OrdersTable orders={orders.data.myOrders.nodes} linkTo={(id) => `/orders/${id}`} />}
    </section>
  );
}
