import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui';
import type { DashboardPeriod, ListingStatus, OrderPartStatus } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { LISTING_STATUS, PART_STATUS, PERIODS, newShare, periodFrom, plural, ratingText } from '../figures';
import { vendorDashboardQueries } from '../queries';
import { PeriodPicker } from './PeriodPicker';
import { StatCard, StatCardsLoading } from './StatCard';
import '../vendor-dashboard.css';

const LISTING_ORDER: readonly ListingStatus[] = ['APPROVED', 'PENDING_REVIEW', 'REJECTED', 'BLOCKED', 'WITHDRAWN'];
const PART_ORDER: readonly OrderPartStatus[] = ['PAID', 'FULFILLED', 'PENDING_PAYMENT', 'REFUNDED', 'CANCELLED'];

/**
 * A vendor's dashboard (`/vendor`): what it sold in the period and what it earned after commission,
 * what the platform owes it now, the customers the platform brought it, its ratings, listings and
 * the orders waiting for it, each card leading to the page behind it. The period is in the address
 * (`?period=LAST_90_DAYS`).
 */
export function VendorDashboardPage({ vendorId, vendorName }: { vendorId: string; vendorName: string }) {
  usePageTitle('Vendor dashboard');
  const [params, setParams] = useSearchParams();
  const period = periodFrom(params.get('period'));
  const setPeriod = (next: DashboardPeriod) => setParams(next === 'LAST_30_DAYS' ? {} : { period: next }, { replace: true, preventScrollReset: true });
  const query = useQuery(vendorDashboardQueries.dashboard(vendorId, period));
  const board = query.data?.vendorDashboard;
  const periodLabel = PERIODS.find((p) => p.value === period)!.label.toLowerCase();

  return (
    <section aria-labelledby="vendor-dashboard-title" className="vd-page">
      <header className="vd-head">
        <div>
          <p className="vd-eyebrow">{vendorName}</p>
          <h1 id="vendor-dashboard-title">Dashboard</h1>
        </div>
        <PeriodPicker value={period} onChange={setPeriod} />
      </header>

      {query.error && <p role="alert">{query.error.message}</p>}
      {query.isLoading && (
        <>
          <p className="visually-hidden" aria-live="polite">
            Loading your figures…
          </p>
          <StatCardsLoading count={7} />
        </>
      )}
      {board && (
        <div className="vd-grid" aria-busy={query.isFetching}>
          <StatCard
            title="Sales"
            className="vd-card-wide"
            figure={formatMoney(board.sales.net)}
            caption={`Your earnings, ${periodLabel}, from ${plural(board.sales.parts, 'paid order')}`}
            link={{ to: '/vendor/orders', label: 'Orders' }}
          >
            <dl className="vd-figures">
              <div>
                <dt>Gross sales</dt>
                <dd>{formatMoney(board.sales.gross)}</dd>
              </div>
              <div>
                <dt>Commission</dt>
                <dd>−{formatMoney(board.sales.commission)}</dd>
              </div>
              {board.sales.refunds.amountMinor > 0 && (
                <div>
                  <dt>Refunds</dt>
                  <dd>−{formatMoney(board.sales.refunds)}</dd>
                </div>
              )}
              <div className="vd-figures-total">
                <dt>Net earnings</dt>
                <dd>{formatMoney(board.sales.net)}</dd>
              </div>
            </dl>
          </StatCard>

          <StatCard
            title="Balance"
            figure={formatMoney(board.balance.owed)}
            caption="Earned and not yet paid out"
            link={{ to: '/vendor/payouts', label: 'Payouts' }}
          >
            {board.balance.held.amountMinor > 0 && <p className="vd-card-note">{formatMoney(board.balance.held)} held until sales settle</p>}
          </StatCard>

          <StatCard title="New customers" figure={board.customers.newCustomers} caption={`First bought from you in the ${periodLabel}`}>
            <ul className="vd-list">
              <li>
                <span>Customers in the period</span>
                <span>{board.customers.customers}</span>
              </li>
              <li>
                <span>Returning customers</span>
                <span>{board.customers.repeatCustomers}</span>
              </li>
              <li>
                <span>All time</span>
                <span>{board.customers.allTime}</span>
              </li>
            </ul>
            {newShare(board.customers.newCustomers, board.customers.customers) !== null && (
              <p className="vd-card-note">{newShare(board.customers.newCustomers, board.customers.customers)}% of the period’s customers were new to you.</p>
            )}
          </StatCard>

          <StatCard title="To fulfil" figure={board.partsToFulfil} caption="Paid orders waiting for you" link={{ to: '/vendor/orders', label: 'Orders to fulfil' }}>
            {board.orderParts.length > 0 ? (
              <ul className="vd-list">
                {PART_ORDER.filter((status) => board.orderParts.some((row) => row.status === status)).map((status) => (
                  <li key={status}>
                    <Badge tone={PART_STATUS[status].tone}>{PART_STATUS[status].label}</Badge>
                    <span>{board.orderParts.find((row) => row.status === status)!.count}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="vd-card-note">No orders yet.</p>
            )}
          </StatCard>

          <StatCard
            title="Listings"
            figure={board.listings.find((row) => row.status === 'APPROVED')?.count ?? 0}
            caption="On sale now"
            link={{ to: '/vendor/listings', label: 'Listings' }}
          >
            {board.listings.length > 0 ? (
              <ul className="vd-list">
                {LISTING_ORDER.filter((status) => board.listings.some((row) => row.status === status)).map((status) => (
                  <li key={status}>
                    <Badge tone={LISTING_STATUS[status].tone}>{LISTING_STATUS[status].label}</Badge>
                    <span>{board.listings.find((row) => row.status === status)!.count}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="vd-card-note">Nothing listed yet.</p>
            )}
            {board.listingsWithPendingRevision > 0 && <p className="vd-card-note">{plural(board.listingsWithPendingRevision, 'change')} waiting for review</p>}
          </StatCard>

          <StatCard
            title="Ratings"
            figure={ratingText(board.ratings.average, board.ratings.count) ?? '—'}
            caption={
              board.ratings.count > 0
                ? `${plural(board.ratings.count, 'rating')} on ${plural(board.ratings.ratedProducts, 'product')}`
                : 'No ratings yet: buyers rate what they bought once it has arrived'
            }
            className={board.ratings.count > 0 ? undefined : 'vd-card-quiet'}
          />

          <StatCard title="More for your shop" className="vd-card-quiet vd-card-wide">
            <ul className="vd-links">
              <li>
                <Link to="/vendor/bookings">Bookings</Link>
                <span>Booked slots to confirm and complete</span>
              </li>
              <li>
                <Link to="/vendor/payouts">Payouts</Link>
                <span>What was paid out, and when</span>
              </li>
              <li>
                <Link to="/vendor/team">Team</Link>
                <span>Who works for {vendorName} here</span>
              </li>
            </ul>
          </StatCard>
        </div>
      )}
      {board && (
        <p className="muted vd-footnote">
          Figures in {board.currency} for orders paid in the {periodLabel}; the balance is all time. Commission is the brand’s share, fixed when each order was placed.
        </p>
      )}
    </section>
  );
}
