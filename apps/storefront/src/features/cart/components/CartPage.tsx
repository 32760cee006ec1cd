import { useId } from 'react';
import { Link } from 'react-router';
import { Thumbnail } from '@/components/ui';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { useCart } from '../hooks/use-cart';

export function CartPage() {
  usePageTitle('Cart');
  const { cart, isLoading, error, setQuantity, signedIn } = useCart();
  const quantityId = useId();
  if (isLoading) return <p aria-live="polite">Loading your cart…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  if (!cart || cart.items.length === 0) {
    return (
      <section aria-labelledby="cart-title">
        <h1 id="cart-title">Your cart</h1>
        <p>Your cart is empty.</p>
        <p>
          <Link to="/shop">Browse the shop</Link>
        </p>
      </section>
    );
  }
  const unavailable = cart.items.some((item) => !item.available);
  return (
    <section aria-labelledby="cart-title">
      <h1 id="cart-title">Your cart</h1>
      <table className="cart-table">
        <caption className="visually-hidden">Items in your cart</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Price</th>
            <th scope="col">Quantity</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {cart.items.map((item, index) => (
            <tr key={item.variant.id}>
              <td>
                <div className="line-item">
                  <Thumbnail image={item.image} />
                  <div>
                    <Link to={`/products/${item.product.slug}`}>{item.product.name}</Link>
                    <div className="muted">{item.variant.name}</div>
                    {!item.available && <div className="stock-out">Only {item.variant.stock} left</div>}
                  </div>
                </div>
              </td>
              <td>{formatMoney(item.unitPrice)}</td>
              <td>
                <label className="visually-hidden" htmlFor={`${quantityId}-${index}`}>
                  Quantity of {item.product.name}, {item.variant.name}
                </label>
                <input
                  id={`${quantityId}-${index}`}
                  className="quantity-input"
                  type="number"
                  min={0}
                  max={99}
                  value={item.quantity}
                  onChange={(e) => {
                    const quantity = Number(e.target.value);
                    if (Number.isInteger(quantity) && quantity >= 0 && quantity <= 99) setQuantity.mutate({ variantId: item.variant.id, quantity });
                  }}
                />
                <button type="button" className="link-button" onClick={() => setQuantity.mutate({ variantId: item.variant.id, quantity: 0 })}>
                  Remove<span className="visually-hidden"> {item.product.name}</span>
                </button>
              </td>
              <td>{formatMoney(item.lineTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cart.subtotal && (
        <p className="cart-subtotal">
          Subtotal: <strong>{formatMoney(cart.subtotal)}</strong>
          <span className="muted"> (shipping and tax at checkout)</span>
        </p>
      )}
      {setQuantity.error && <p role="alert">{setQuantity.error.message}</p>}
      {unavailable ? (
        <p role="alert">Lower the quantities marked above to check out.</p>
      ) : signedIn ? (
        <Link to="/checkout" className="button-primary">
          Check out
        </Link>
      ) : (
        <p>
          <Link to="/sign-up?next=/checkout" className="button-primary">
            Sign up to check out
          </Link>{' '}
          or <Link to="/log-in?next=/checkout">log in</Link>
        </p>
      )}
    </section>
  );
}
