import { Link } from 'react-router';
import { Button, EmptyState, Price, buttonClassName } from '@/components/ui';
import { usePageTitle } from '@/lib/page-title';
import { useCart } from '../hooks/use-cart';
import { itemsLabel } from './CartButton';
import { CartLines } from './CartLines';
import '../cart.css';

/** The cart on a page of its own: the lines to change, the subtotal, and the way to checkout. */
export function CartPage() {
  usePageTitle('Cart');
  const { cart, itemCount, isLoading, isUpdating, error, setQuantity, signedIn } = useCart();
  if (isLoading) return <p aria-live="polite">Loading your cart…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  if (!cart || cart.items.length === 0) {
    return (
      <section aria-labelledby="cart-title" className="cart-page">
        <h1 id="cart-title">Your cart</h1>
        <EmptyState
          title="Your cart is empty"
          description="Find a bike, parts or tools in the shop and add them here."
          action={
            <Link to="/shop" className={buttonClassName({ variant: 'primary' })}>
              Browse the shop
            </Link>
          }
        />
      </section>
    );
  }
  const blocked = cart.items.some((item) => !item.available);
  return (
    <section aria-labelledby="cart-title" className="cart-page">
      <h1 id="cart-title">
        Your cart <span className="muted cart-page-count">({itemsLabel(itemCount)})</span>
      </h1>
      <div className="cart-page-layout">
        <div>
          <CartLines items={cart.items} setQuantity={(variantId, quantity) => setQuantity.mutate({ variantId, quantity })} />
          {setQuantity.error && (
            <p className="form-error" role="alert">
              {setQuantity.error.message}
            </p>
          )}
        </div>
        <aside className="cart-summary panel" aria-labelledby="cart-summary-title">
          <h2 id="cart-summary-title" className="cart-summary-title">
            Summary
          </h2>
          <p className="cart-summary-row" aria-busy={isUpdating || undefined}>
            <span>Subtotal</span>
            {cart.subtotal ? <Price money={cart.subtotal} size="lg" /> : <span>Too large to total</span>}
          </p>
          <p className="muted">Shipping and tax are added at checkout, where the whole total is shown before you place the order.</p>
          {blocked ? (
            <p className="form-error" role="alert">
              Lower the quantities marked to check out.
            </p>
          ) : signedIn ? (
            <Button asChild variant="primary" size="lg" block>
              <Link to="/checkout">Checkout</Link>
            </Button>
          ) : (
            <div className="stack">
              <Button asChild variant="primary" size="lg" block>
                <Link to="/sign-up?next=/checkout">Sign up to check out</Link>
              </Button>
              <Button asChild variant="secondary" block>
                <Link to="/log-in?next=/checkout">Log in</Link>
              </Button>
              <p className="muted">Your cart comes with you.</p>
            </div>
          )}
          <p>
            <Link to="/shop">Continue shopping</Link>
          </p>
        </aside>
      </div>
    </section>
  );
}
