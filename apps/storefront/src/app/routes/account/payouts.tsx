import { PayoutsPage } from '@/features/payouts/components/PayoutsPage';
import { useViewer } from '@/lib/session/session';

/** A member's payouts for the used items they sell: the same page as vendors', for their own account. */
export function Component() {
  const { viewer } = useViewer();
  if (!viewer) return null;
  return <PayoutsPage sellerKind="MEMBER" sellerId={viewer.id} intro="What you have earned selling used items, and how it reaches your bank account." canSetUp breadcrumbs={[{ label: 'Account', to: '/account' }, { label: 'Payouts' }]} />;
}
