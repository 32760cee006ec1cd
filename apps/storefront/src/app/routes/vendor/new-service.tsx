import { EmptyState } from '@/components/ui';
import { NewServicePage } from '@/features/bookings/components/NewServicePage';
import { actingVendor, useViewer } from '@/lib/session/session';

/** A vendor lists a bookable service. */
export function Component() {
  const vendor = actingVendor(useViewer().viewer);
  if (!vendor) return (
      <section className="bookings-page">
        <h1>No vendor to act for</h1>
        <EmptyState title="Your account is not part of a vendor organisation" description="Apply to sell on the platform, or ask a vendor’s owner to invite you." />
      </section>
    );
  return <NewServicePage vendor={vendor} />;
}
