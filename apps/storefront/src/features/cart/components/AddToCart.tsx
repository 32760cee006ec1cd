import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useCart } from '../hooks/use-cart';

export function AddToCart({ variantId, stock, label }: { variantId: string; stock: number; label: string }) {
  const { add } = useCart();
  const [quantity, setQuantity] = useState(1);
  const [added, setAdded] = useState(false);
  const inputId = useId();
  if (stock <= 0) return null;
  return (
    <form
      className="add-to-cart"
      onSubmit={(event) => {
        event.preventDefault();
        setAdded(false);
        add.mutate({ variantId, quantity }, { onSuccess: () => setAdded(true) });
      }}
    >
      <div className="field field-inline">
        <label htmlFor={inputId}>Quantity</label>
        <input id={inputId} className="quantity-input" type="number" min={1} max={Math.min(99, stock)} value={quantity} onChange={(e) => setQuantity(Math.max(1, Number(e.target.value) || 1))} />
      </div>
      <button type="submit" className="button-primary" disabled={add.isPending}>
        Add to cart
      </button>
      <p aria-live="polite" className="add-to-cart-status">
        {added && (
          <>
            Added {label}. <Link to="/cart">View cart</Link>
          </>
        )}
        {add.error && <span role="alert">{add.error.message}</span>}
      </p>
    </form>
  );
}
