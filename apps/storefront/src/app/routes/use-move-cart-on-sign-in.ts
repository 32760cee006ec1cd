import { useQueryClient } from '@tanstack/react-query';
import { mergeBrowserCart } from '@/features/cart/hooks/use-cart';
import { cartQueries } from '@/features/cart/queries';

/** What signing in or up does to the cart: the visitor's browser cart moves into the account. */
export function useMoveCartOnSignIn(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    // A cart that cannot move stays in the browser; signing in goes on regardless.
    await mergeBrowserCart().catch(() => undefined);
    await client.invalidateQueries({ queryKey: cartQueries.all });
  };
}
