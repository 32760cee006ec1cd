import { OrderPage } from '@/features/orders/components/OrderPage';
import { StripePayment } from './stripe-payment';

export function Component() {
  return <OrderPage PaymentForm={StripePayment} />;
}
