import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui';
import { setCartDrawerOpen } from '../hooks/cart-drawer';
import { useCart } from '../hooks/use-cart';

/**
 * Quantity and "Add to cart" for one variant. Once added, the cart drawer opens with the line in
 * it (and the header's count has it); closing it returns focus here. The button is never disabled while adding, so it keeps the
 * focus; a second press meanwhile is ignored.
 */
export function AddToCart({ variantId, stock, label }: { variantId: string; stock: number; label: string }) {
  const { add } = useCart();
  const [quantity, setQuantity] = useState(1);
  const [added, setAdded] = useState(false);
  const inputId = useId();
  const button = useRef<HTMLButtonElement>(null);
  if (stock <= 0) return null;
  return (
    <form
      className="add-to-cart"
      onSubmit={(event) => {
        event.preventDefault();
        if (add.isPending) return;
        setAdded(false);
        add.mutate(
          { variantId, quantity },
          {
            onSuccess: () => {
              setAdded(true);
              // Closing the drawer brings the keyboard back here, not to the header.
              setCartDrawerOpen(true, { returnFocusTo: button.current });
            },
          },
        );
      }}
    >
      <div className="field field-inline">
        <label htmlFor={inputId}>Quantity</label>
        <input id={inputId} className="quantity-input" type="number" min={1} max={Math.min(99, stock)} value={quantity} onChange={(e) => setQuantity(Math.max(1, Math.min(99, Number(e.target.value) || 1)))} />
      </div>
      <Button ref={button} type="submit" variant="primary" size="lg" aria-busy={add.isPending || undefined}>
        {add.isPending ? 'Adding…' : 'Add to cart'}
      </Button>
      <p aria-live="polite" className="add-to-cart-status">
        {added && <>Added {label} to your cart.</>}
        {add.error && <span role="alert">{add.error.message}</span>}
      </p>
    </form>
  );
}
