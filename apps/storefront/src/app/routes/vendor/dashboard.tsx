import { useOutletContext } from 'react-router';
import type { VendorAreaContext } from '@/app/layout/VendorArea';
import { VendorDashboardPage } from '@/features/vendor-dashboard/components/VendorDashboardPage';

/** `/vendor`: the dashboard of the vendor the viewer works for. */
export function Component() {
  const { vendor } = useOutletContext<VendorAreaContext>();
  return <VendorDashboardPage vendorId={vendor.id} vendorName={vendor.name} />;
}
