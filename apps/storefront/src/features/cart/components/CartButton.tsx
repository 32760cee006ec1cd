import { Link } from 'react-router';
import { Button, Drawer, EmptyState, Price, buttonClassName } from '@/components/ui';
import { useCart } from '../hooks/use-cart';
import { closeCartDrawerForNavigation, moveFocusOnClose, setCartDrawerOpen, useCartDrawerOpen } from '../hooks/cart-drawer';
import { CartLines } from './CartLines';
import '../cart.css';

/** "3 items": the header counts units, not lines (two of one bike and a bottle are 3). */
export const itemsLabel = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`;

/**
 * The header's cart: a button with the live count of units that opens the cart drawer. "Add to
 * cart" opens the same drawer (`setCartDrawerOpen`), wherever it is on the page.
 */
export function CartButton() {
  const { itemCount } = useCart();
  const open = useCartDrawerOpen();
  return (
    <Drawer
      open={open}
      onOpenChange={(next) => setCartDrawerOpen(next)}
      onCloseAutoFocus={moveFocusOnClose}
      title="Your cart"
      trigger={
        <button type="button" className="cart-button" aria-label={`Cart, ${itemsLabel(itemCount)}`} data-testid="cart-button">
          <CartIcon />
          <span className="cart-button-label" aria-hidden="true">
            Cart
          </span>
          {itemCount > 0 && (
            <span className="cart-count" aria-hidden="true" data-testid="cart-count">
              {itemCount}
            </span>
          )}
        </button>
      }
      footer={<CartDrawerFooter />}
    >
      <CartDrawerBody />
    </Drawer>
  );
}

function CartDrawerBody() {
  const { cart, isLoading, error, setQuantity } = useCart();
  const close = closeCartDrawerForNavigation;
  if (isLoading) return <p aria-live="polite">Loading your cart…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  if (!cart || cart.items.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title="Your cart is empty"
        description="Bikes, parts and tools you add show up here."
        action={
          <Link to="/shop" className={buttonClassName({ variant: 'secondary' })} onClick={close}>
            Browse the shop
          </Link>
        }
      />
    );
  }
  return (
    <>
      <CartLines items={cart.items} setQuantity={(variantId, quantity) => setQuantity.mutate({ variantId, quantity })} onNavigate={close} />
      {setQuantity.error && (
        <p className="form-error" role="alert">
          {setQuantity.error.message}
        </p>
      )}
    </>
  );
}

function CartDrawerFooter() {
  const { cart, itemCount, isUpdating, signedIn } = useCart();
  const close = closeCartDrawerForNavigation;
  if (!cart || cart.items.length === 0) return null;
  const blocked = cart.items.some((item) => !item.available);
  return (
    <div className="cart-drawer-footer">
      <p className="cart-summary-row" aria-busy={isUpdating || undefined}>
        <span>
          Subtotal <span className="muted">({itemsLabel(itemCount)})</span>
        </span>
        {cart.subtotal && <Price money={cart.subtotal} size="lg" />}
      </p>
      <p className="muted cart-drawer-note">Shipping and tax are shown at checkout, before you pay.</p>
      {blocked ? (
        <p className="form-error">Lower the quantities marked above to check out.</p>
      ) : (
        <>
          <Button asChild variant="primary" block size="lg">
            <Link to={signedIn ? '/checkout' : '/log-in?next=/checkout'} onClick={close}>
              Checkout
            </Link>
          </Button>
          {!signedIn && <p className="muted cart-drawer-note">You log in or sign up first; your cart comes with you.</p>}
        </>
      )}
      <Button asChild variant="secondary" block>
        <Link to="/cart" onClick={close}>
          View cart
        </Link>
      </Button>
    </div>
  );
}

function CartIcon() {
  return (
    <svg className="cart-icon" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M3 4h2l2.2 10.2a1.5 1.5 0 0 0 1.5 1.2h8.6a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2" />
      <circle cx="9.5" cy="19.5" r="1.3" />
      <circle cx="17" cy="19.5" r="1.3" />
    </svg>
  );
}
