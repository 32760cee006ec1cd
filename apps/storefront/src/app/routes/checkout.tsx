import { useQueryClient } from '@tanstack/react-query';
import { cartQueries } from '@/features/cart/queries';
import { CheckoutPage } from '@/features/checkout/components/CheckoutPage';
import { StripePayment } from './stripe-payment';

/** Checkout pays with the payments feature's Stripe form; a placed order empties the cart. */
export function Component() {
  const client = useQueryClient();
  return <CheckoutPage PaymentForm={StripePayment} onOrderPlaced={() => client.invalidateQueries({ queryKey: cartQueries.all })} />;
}
