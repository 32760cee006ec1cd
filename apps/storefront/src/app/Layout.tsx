import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useLogOut, useViewer } from '../features/auth/hooks/use-session';
import { useBrand } from '../features/brand/hooks/use-brand';
import { CartLink } from '../features/cart/components/CartLink';
import { hasRole, rolesLabel } from '../features/auth/roles';

/** Header navigation follows the viewer's roles: it links only to what they can use. */
export function Layout() {
  const brand = useBrand();
  const { viewer } = useViewer();
  const logOut = useLogOut();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="site-title">
          {brand.name}
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/shop">Shop</NavLink>
            </li>
            {hasRole(viewer, 'BRAND_MANAGER') && (
              <>
                <li>
                  <NavLink to="/manage/products">Products</NavLink>
                </li>
                <li>
                  <NavLink to="/manage/orders">Orders</NavLink>
                </li>
                <li>
                  <NavLink to="/manage/members">Members</NavLink>
                </li>
                <li>
                  <NavLink to="/manage/settings">Shop settings</NavLink>
                </li>
              </>
            )}
            {viewer && !hasRole(viewer, 'BRAND_MANAGER') && (
              <li>
                <NavLink to="/orders" end>
                  My orders
                </NavLink>
              </li>
            )}
            <li>
              <CartLink />
            </li>
            {viewer ? (
              <>
                <li>
                  <NavLink to="/account">
                    Account <span className="role-badge">{rolesLabel(viewer.roles)}</span>
                  </NavLink>
                </li>
                <li>
                  <button type="button" className="link-button" onClick={() => logOut.mutate(undefined, { onSuccess: () => navigate('/') })}>
                    Log out
                  </button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/log-in">Log in</NavLink>
                </li>
                <li>
                  <NavLink to="/sign-up" className="button-primary">
                    Sign up
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{brand.name} runs on Flagship, the open-source brand flagship platform.</p>
      </footer>
    </>
  );
}
