import { OrderPage } from '@/features/orders/components/OrderPage';
import { UsedOrderPanel } from '@/features/resale/components/UsedOrderPanel';
import { StripePayment } from './stripe-payment';

export function Component() {
  return (
    <>
      <OrderPage PaymentForm={StripePayment} />
      <UsedOrderPanel />
    </>
  );
}
