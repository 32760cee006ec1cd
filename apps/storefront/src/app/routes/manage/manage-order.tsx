import { ManagedOrderParts } from '@/features/order-parts/components/ManagedOrderParts';
import { ManageOrderPage } from '@/features/orders/components/ManageOrderPage';

/** The back office's order page, with the sellers' parts, their commission and nets. */
export function Component() {
  return <ManageOrderPage Parts={ManagedOrderParts} />;
}
