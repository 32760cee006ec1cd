import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Badge, EmptyState } from '@/components/ui';
import type { DashboardPeriod } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { PERIODS, SELLER_KIND, periodFrom, plural } from '../figures';
import { vendorDashboardQueries } from '../queries';
import { PeriodPicker } from './PeriodPicker';
import { StatCard, StatCardsLoading } from './StatCard';
import '../vendor-dashboard.css';

/**
 * The marketplace for brand managers (`/manage/marketplace-summary`): the commission the brand earned
 * (the ledger's commission account), sales by kind of seller, and each vendor's sales and the new
 * customers the platform brought it. The period is in the address.
 */
export function MarketplaceSummaryPage() {
  usePageTitle('Sales & commission');
  const [params, setParams] = useSearchParams();
  const period = periodFrom(params.get('period'));
  const setPeriod = (next: DashboardPeriod) => setParams(next === 'LAST_30_DAYS' ? {} : { period: next }, { replace: true, preventScrollReset: true });
  const query = useQuery(vendorDashboardQueries.summary(period));
  const summary = query.data?.brandMarketplaceSummary;
  const periodLabel = PERIODS.find((p) => p.value === period)!.label.toLowerCase();
  const vendorSales = summary?.salesBySellerKind.find((row) => row.sellerKind === 'VENDOR')?.sales;

  return (
    <section aria-labelledby="marketplace-summary-title" className="vd-page">
      <header className="vd-head">
        <div>
          <p className="vd-eyebrow">Marketplace</p>
          <h1 id="marketplace-summary-title">Sales &amp; commission</h1>
        </div>
        <PeriodPicker value={period} onChange={setPeriod} />
      </header>

      {query.error && <p role="alert">{query.error.message}</p>}
      {query.isLoading && (
        <>
          <p className="visually-hidden" aria-live="polite">
            Loading the marketplace’s figures…
          </p>
          <StatCardsLoading count={4} />
        </>
      )}
      {summary && (
        <>
          <div className="vd-grid" aria-busy={query.isFetching}>
            <StatCard title="Commission earned" figure={formatMoney(summary.commissionEarned)} caption={`Commission and fees, ${periodLabel}, after refunds`}>
              <dl className="vd-figures">
                <div>
                  <dt>Vendors’ gross sales</dt>
                  <dd>{vendorSales ? formatMoney(vendorSales.gross) : '—'}</dd>
                </div>
                <div className="vd-figures-total">
                  <dt>Commission, all time</dt>
                  <dd>{formatMoney(summary.commissionAllTime)}</dd>
                </div>
              </dl>
            </StatCard>
            <StatCard title="Vendors" figure={summary.activeVendors} caption="Active (not suspended)" link={{ to: '/manage/vendors', label: 'Vendors' }}>
              <p className="vd-card-note">{plural(summary.sellingVendors, 'vendor')} sold something in the period.</p>
            </StatCard>
            <StatCard title="New vendor customers" figure={summary.newVendorCustomers} caption="First purchases from a vendor in the period">
              <p className="vd-card-note">The value the marketplace brings its vendors: buyers they had never sold to.</p>
            </StatCard>
          </div>

          <h2 className="vd-section-title">Sales by seller</h2>
          <table className="vd-table">
            <caption className="visually-hidden">Sales by kind of seller, {periodLabel}</caption>
            <thead>
              <tr>
                <th scope="col">Seller</th>
                <th scope="col" className="numeric">
                  Orders
                </th>
                <th scope="col" className="numeric">
                  Gross
                </th>
                <th scope="col" className="numeric">
                  Commission
                </th>
                <th scope="col" className="numeric">
                  To sellers
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.salesBySellerKind.map((row) => (
                <tr key={row.sellerKind}>
                  <th scope="row">{SELLER_KIND[row.sellerKind]}</th>
                  <td data-label="Orders" className="numeric">
                    {row.sales.parts}
                  </td>
                  <td data-label="Gross" className="numeric">
                    {formatMoney(row.sales.gross)}
                  </td>
                  <td data-label="Commission" className="numeric">
                    {formatMoney(row.sales.commission)}
                  </td>
                  <td data-label="To sellers" className="numeric">
                    {formatMoney(row.sales.net)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2 className="vd-section-title">Vendors</h2>
          {summary.vendors.length === 0 ? (
            <EmptyState title="No vendors yet" description="Vendors appear here once their applications are approved." headingLevel={3} />
          ) : (
            <table className="vd-table">
              <caption className="visually-hidden">Each vendor’s sales and new customers, {periodLabel}, best selling first</caption>
              <thead>
                <tr>
                  <th scope="col">Vendor</th>
                  <th scope="col" className="numeric">
                    Orders
                  </th>
                  <th scope="col" className="numeric">
                    Gross
                  </th>
                  <th scope="col" className="numeric">
                    Commission
                  </th>
                  <th scope="col" className="numeric">
                    New customers
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.vendors.map((vendor) => (
                  <tr key={vendor.vendorId}>
                    <th scope="row">
                      {vendor.name} {vendor.status === 'SUSPENDED' && <Badge tone="danger">Suspended</Badge>}
                    </th>
                    <td data-label="Orders" className="numeric">
                      {vendor.sales.parts}
                    </td>
                    <td data-label="Gross" className="numeric">
                      {formatMoney(vendor.sales.gross)}
                    </td>
                    <td data-label="Commission" className="numeric">
                      {formatMoney(vendor.sales.commission)}
                    </td>
                    <td data-label="New customers" className="numeric">
                      {vendor.newCustomers}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted vd-footnote">Figures in {summary.currency} for sales paid in the {periodLabel}. Commission is read from the ledger; refunds give back their share.</p>
        </>
      )}
    </section>
  );
}
