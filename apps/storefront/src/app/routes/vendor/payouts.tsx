import { EmptyState } from '@/components/ui';
import { PayoutsPage } from '@/features/payouts/components/PayoutsPage';
import { actingVendor, useViewer } from '@/lib/session/session';

/** The vendor's payouts: its Stripe connected account, balance and payouts (owners set it up, staff read). */
export function Component() {
  const { viewer } = useViewer();
  const vendor = actingVendor(viewer);
  if (!viewer) return null;
  if (!vendor) {
    return (
      <div className="payouts">
        <h1>Payouts</h1>
        <EmptyState title="No vendor to pay out" description="You do not work for a vendor on the platform yet: its owner can invite you." />
      </div>
    );
  }
  const owner = viewer.memberships.some((m) => m.organisation.id === vendor.id && m.role === 'OWNER');
  return (
    <PayoutsPage
      sellerKind="VENDOR"
      sellerId={vendor.id}
      intro={`What ${vendor.name} has earned on the platform, and how it reaches your bank account.`}
      canSetUp={owner}
      breadcrumbs={[{ label: vendor.name }, { label: 'Payouts' }]}
    />
  );
}
