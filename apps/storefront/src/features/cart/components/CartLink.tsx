import { NavLink } from 'react-router';
import { useCart } from '../hooks/use-cart';

export function CartLink() {
  const { cart } = useCart();
  const count = cart?.itemCount ?? 0;
  return (
    <NavLink to="/cart">
      Cart{count > 0 && <span className="cart-count"> ({count}<span className="visually-hidden"> items</span>)</span>}
    </NavLink>
  );
}
