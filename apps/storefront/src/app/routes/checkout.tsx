import { useQueryClient } from '@tanstack/react-query';
import { cartQueries } from '@/features/cart/queries';
import { CheckoutPage } from '@/features/checkout/components/CheckoutPage';
import { orderQueries } from '@/features/orders/queries';
import { StripePayment } from './stripe-payment';

/** Checkout pays with the payments feature's Stripe form; a placed order empties the cart and is a new order in the lists. */
export function Component() {
  const client = useQueryClient();
  return (
    <CheckoutPage
      PaymentForm={StripePayment}
      onOrderPlaced={() => Promise.all([client.invalidateQueries({ queryKey: cartQueries.all }), client.invalidateQueries({ queryKey: orderQueries.all })])}
    />
  );
}
