import { OrderPartsList } from '@/features/order-parts/components/OrderPartsList';
import { OrderConfirmationPage } from '@/features/orders/components/OrderConfirmationPage';

/** The confirmation lists what was ordered grouped by seller ("Sold by …"). */
export function Component() {
  return <OrderConfirmationPage Parts={OrderPartsList} />;
}
