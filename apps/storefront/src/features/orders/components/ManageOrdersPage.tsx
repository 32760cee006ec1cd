import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ListFilters, useListFilters } from '@/components/list-filters/ListFilters';
import { Badge, Button, EmptyState } from '@/components/ui';
import type { OrderStatus } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { ORDER_STATUS_LABELS, ORDER_STATUS_TONES, formatDate } from '../order-status';
import { orderQueries } from '../queries';
import '../orders.css';

const STATUSES = Object.keys(ORDER_STATUS_LABELS) as OrderStatus[];

/** Why the list is empty, in the words of what was asked (the API matches whole numbers and emails). */
function noMatch(search: string, inState: boolean): string {
  const state = inState ? ' in this state' : '';
  if (!search) return 'No order is in this state.';
  if (search.includes('@')) return `No buyer with the email ${search} has orders${state}. Check the address: it is matched whole.`;
  return `No order numbered ${search}${state}. Check the number: it is matched whole, e.g. 7KQ4-M2XD.`;
}

/**
 * Every buyer's orders for brand managers: all of them unless a state is chosen, found by order
 * number or buyer email, newest first, 20 at a time. The filters live in the address (`?status=PAID&q=…`),
 * so a link (the order page's "All orders by …") or the back button brings them back.
 */
export function ManageOrdersPage() {
  usePageTitle('Orders');
  const filters = useListFilters(STATUSES);
  const { status, search, filtered } = filters;
  const orders = useInfiniteQuery(orderQueries.managed(status, search));
  const nodes = orders.data?.pages.flatMap((page) => page.manageOrders.nodes) ?? [];

  return (
    <section aria-labelledby="manage-orders-title" className="manage-orders">
      <h1 id="manage-orders-title">Orders</h1>
      <ListFilters
        name="orders"
        filters={filters}
        searchLabel="Order number or buyer email"
        placeholder="7KQ4-M2XD or ana@example.com"
        statuses={STATUSES}
        statusLabels={ORDER_STATUS_LABELS}
        allLabel="All orders"
      />

      {orders.isLoading && <p aria-live="polite">Loading orders…</p>}
      {orders.error && <p role="alert">{orders.error.message}</p>}
      {orders.data && nodes.length === 0 && (
        filtered ? (
          <EmptyState
            title="No orders match"
            description={noMatch(search, status !== null)}
            action={
              <Button variant="secondary" onClick={filters.clear}>
                Show all orders
              </Button>
            }
          />
        ) : (
          <EmptyState title="No orders yet" description="Orders appear here as soon as shoppers check out." />
        )
      )}
      {nodes.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {nodes.length} {filtered ? 'matching ' : ''}
            {nodes.length === 1 ? 'order' : 'orders'}
            {orders.hasNextPage ? ' so far' : ''}, newest first.
          </p>
          <table className="manage-orders-table">
            <caption className="visually-hidden">Orders</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Placed</th>
                <th scope="col">Buyer</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((order) => (
                <tr key={order.id}>
                  <th scope="row" data-label="Order">
                    <Link to={`/manage/orders/${order.id}`} className="order-number" aria-label={`Order ${order.number}`}>
                      {order.number}
                    </Link>
                  </th>
                  <td data-label="Placed">
                    <time dateTime={order.createdAt}>{formatDate(order.createdAt)}</time>
                  </td>
                  <td data-label="Buyer">{order.buyer.displayName}</td>
                  <td data-label="Status">
                    <Badge tone={ORDER_STATUS_TONES[order.status]}>{ORDER_STATUS_LABELS[order.status]}</Badge>
                  </td>
                  <td data-label="Total" className="numeric">
                    {formatMoney(order.total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {orders.hasNextPage && (
            <Button variant="secondary" onClick={() => orders.fetchNextPage()} pending={orders.isFetchingNextPage} pendingLabel="Loading…">
              Show more orders
            </Button>
          )}
        </>
      )}
    </section>
  );
}
