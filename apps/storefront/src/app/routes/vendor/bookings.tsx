import { EmptyState } from '@/components/ui';
import { VendorBookingsPage } from '@/features/bookings/components/VendorBookingsPage';
import { actingVendor, useViewer } from '@/lib/session/session';

/** The vendor's bookings and times, for the vendor organisation the viewer acts for. */
export function Component() {
  const vendor = actingVendor(useViewer().viewer);
  if (!vendor) return (
      <section className="bookings-page">
        <h1>No vendor to act for</h1>
        <EmptyState title="Your account is not part of a vendor organisation" description="Apply to sell on the platform, or ask a vendor’s owner to invite you." />
      </section>
    );
  return <VendorBookingsPage vendor={vendor} />;
}
