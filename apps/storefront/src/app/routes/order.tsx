import { OrderPartsList } from '@/features/order-parts/components/OrderPartsList';
import { OrderPage } from '@/features/orders/components/OrderPage';
import { UsedOrderPanel } from '@/features/resale/components/UsedOrderPanel';
import { StripePayment } from './stripe-payment';

/** The buyer's order, its items grouped by seller with each part's state and refunds (no commission). */
export function Component() {
  return (
    <>
      <OrderPage PaymentForm={StripePayment} Parts={OrderPartsList} />
      <UsedOrderPanel />
    </>
  );
}
