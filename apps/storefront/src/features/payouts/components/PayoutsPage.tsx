import { useSearchParams } from 'react-router';
import { Badge, Breadcrumbs, Button, EmptyState, Skeleton, toast, type Crumb } from '@/components/ui';
import type { SellerKind } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { usePayoutDashboard, useStartPayoutOnboarding } from '../hooks/use-payouts';
import { accountStatusLabel, onboardingAction, payoutStatusLabel } from '../payout-status';
import '../payouts.css';

export interface PayoutsPageProps {
  sellerKind: SellerKind;
  sellerId: string;
  /** The page's first sentence: whose earnings these are. */
  intro: string;
  /** Vendor owners and members themselves set payouts up; a vendor's staff only read. */
  canSetUp: boolean;
  breadcrumbs: Crumb[];
}

const formatDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/**
 * A seller's payouts (decision 0041): whether their Stripe connected account can receive money (and
 * the way to set it up), their balance from the ledger, and each payout. Vendors' and members' pages.
 */
export function PayoutsPage({ sellerKind, sellerId, intro, canSetUp, breadcrumbs }: PayoutsPageProps) {
  usePageTitle('Payouts');
  const dashboard = usePayoutDashboard(sellerKind, sellerId);
  const start = useStartPayoutOnboarding(sellerKind, sellerId);
  const [params] = useSearchParams();
  const returning = params.get('onboarding');
  const data = dashboard.data;

  const setUp = async () => {
    try {
      const { startPayoutOnboarding } = await start.mutateAsync();
      if (startPayoutOnboarding.url) window.location.assign(startPayoutOnboarding.url);
      else toast.success(startPayoutOnboarding.account.testMode ? 'Test-mode payouts are on.' : 'Payouts are on.');
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'Payouts could not be set up; try again in a moment.');
    }
  };

  return (
    <div className="payouts">
      <Breadcrumbs items={breadcrumbs} />
      <h1>Payouts</h1>
      <p className="muted">{intro}</p>

      <section aria-labelledby="payout-account-title" className="payouts-card">
        <h2 id="payout-account-title">Payout account</h2>
        {!data ? (
          <PayoutsSkeleton lines={2} />
        ) : (
          <>
            <p className="payouts-status">
              <Badge tone={accountStatusLabel[data.payoutAccount.status].tone}>{accountStatusLabel[data.payoutAccount.status].label}</Badge>
              <span>{accountStatusLabel[data.payoutAccount.status].description}</span>
            </p>
            {data.payoutAccount.testMode && (
              <p className="payouts-notice" role="note">
                <strong>Payouts are recorded in test mode.</strong> No money moves: each payout is recorded as if Stripe had sent it.
              </p>
            )}
            {returning === 'return' && data.payoutAccount.status !== 'ENABLED' && (
              <p className="payouts-notice" role="status">
                Welcome back. Stripe confirms your details in a moment; this page shows it once it has.
              </p>
            )}
            {returning === 'refresh' && <p className="payouts-notice">That Stripe link has expired. Continue below to get a fresh one.</p>}
            {onboardingAction(data.payoutAccount.status, data.payoutAccount.testMode) &&
              (canSetUp ? (
                <Button onClick={setUp} disabled={start.isPending}>
                  {start.isPending ? 'Opening…' : onboardingAction(data.payoutAccount.status, data.payoutAccount.testMode)}
                </Button>
              ) : (
                <p className="muted">Only the vendor’s owners can set up payouts.</p>
              ))}
          </>
        )}
      </section>

      <section aria-labelledby="balance-title" className="payouts-card">
        <h2 id="balance-title">Balance</h2>
        {!data ? (
          <PayoutsSkeleton lines={1} />
        ) : data.sellerBalance.length === 0 ? (
          <p className="muted">No earnings yet: your balance appears with your first paid order.</p>
        ) : (
          data.sellerBalance.map((balance) => (
            <dl key={balance.currency} className="payouts-balance">
              <div>
                <dt>Owed to you</dt>
                <dd>{formatMoney(balance.owed)}</dd>
              </div>
              <div>
                <dt>Held</dt>
                <dd>{formatMoney(balance.held)}</dd>
              </div>
              <div>
                <dt>Paid out</dt>
                <dd>{formatMoney(balance.paidOut)}</dd>
              </div>
            </dl>
          ))
        )}
        <p className="payouts-note muted">Held: used items’ money waits until the buyer confirms receipt or the claim window passes.</p>
      </section>

      <section aria-labelledby="payout-list-title" className="payouts-card">
        <h2 id="payout-list-title">Payouts</h2>
        {!data ? (
          <PayoutsSkeleton lines={3} />
        ) : data.sellerPayouts.length === 0 ? (
          <EmptyState headingLevel={3} title="No payouts yet" description="Each sale is paid out once its order is fulfilled, to the account above." />
        ) : (
          <ul className="payouts-list">
            {data.sellerPayouts.map((payout) => (
              <li key={payout.id}>
                <div className="payouts-list-main">
                  <strong>{formatMoney(payout.amount)}</strong>
                  <Badge tone={payoutStatusLabel[payout.status].tone}>{payoutStatusLabel[payout.status].label}</Badge>
                  {payout.testMode && <Badge>Test mode</Badge>}
                </div>
                <div className="payouts-list-meta muted">
                  <span>{formatDate(payout.sentAt ?? payout.createdAt)}</span>
                  {payout.reversed.amountMinor > 0 && <span>{formatMoney(payout.reversed)} taken back after refunds</span>}
                  {payout.blockedReason && <span>{payout.blockedReason}</span>}
                  {payout.providerTransferId && <span className="payouts-transfer">{payout.providerTransferId}</span>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function PayoutsSkeleton({ lines }: { lines: number }) {
  return (
    <div aria-busy="true" aria-label="Loading">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height="1.5rem" width={i === lines - 1 ? '60%' : undefined} />
      ))}
    </div>
  );
}
