import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { BookingTime } from '@/components/booking/BookingTime';
import { Thumbnail } from '@/components/ui';
import { formatMoney } from '@/lib/money';
import type { CartData } from '../queries';
import { QuantityStepper } from './QuantityStepper';
import { offerPath } from '@/lib/offers';

type CartLine = CartData['items'][number];

/**
 * The cart's lines, in the drawer and on the cart page: photo, name and variant, the quantity to
 * change, "Remove", and the line's total. After a removal focus goes to the list (the button that
 * had it is gone) and the removal is announced.
 */
export function CartLines({
  items,
  setQuantity,
  onNavigate,
}: {
  items: CartLine[];
  setQuantity: (variantId: string, quantity: number) => void;
  /** Called when a product link is followed (the drawer closes). */
  onNavigate?: () => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <ul className="cart-lines" ref={list} tabIndex={-1} aria-label="Items in your cart">
        {items.map((item) => {
          const label = `${item.product.name}, ${item.variant.name}`;
          return (
            <li key={item.variant.id} className="cart-line">
              <span className="cart-line-image">
                <Thumbnail image={item.image} size="4.5rem" />
              </span>
              <div className="cart-line-details">
                <Link to={offerPath(item.product)} className="cart-line-name" onClick={onNavigate}>
                  {item.product.name}
                </Link>
                {item.booking ? <BookingTime booking={item.booking} countdown /> : <span className="cart-line-variant">{item.variant.name}</span>}
                {item.product.sellerName && <span className="cart-line-seller">Sold by {item.product.sellerName}</span>}
                <span className="cart-line-unit">{formatMoney(item.unitPrice)} each</span>
                {!item.available && !item.booking && (
                  <span className="cart-line-problem" role="status">
                    {item.variant.stock > 0 ? `Only ${item.variant.stock} left: lower the quantity to check out` : 'Sold out: remove it to check out'}
                  </span>
                )}
              </div>
              <div className="cart-line-actions">
                {!item.booking && (
                  <QuantityStepper
                    quantity={item.quantity}
                    max={Math.max(1, Math.min(99, Math.max(item.variant.stock, item.quantity)))}
                    itemLabel={label}
                    onChange={(quantity) => setQuantity(item.variant.id, quantity)}
                  />
                )}
                <button
                  type="button"
                  className="link-button cart-line-remove"
                  onClick={() => {
                    setQuantity(item.variant.id, 0);
                    setAnnouncement(`Removed ${label} from your cart`);
                    list.current?.focus();
                  }}
                >
                  Remove<span className="visually-hidden"> {label}</span>
                </button>
              </div>
              <span className="cart-line-total">{formatMoney(item.lineTotal)}</span>
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
