import { useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useNavigate, useNavigation } from 'react-router';
import { ResponsiveImage, Toaster } from '@/components/ui';
import { CartButton } from '@/features/cart/components/CartButton';
import { useBrand } from '@/lib/brand/brand';
import { PageTitleProvider } from '@/lib/page-title';
import { hasAnyRole, roleLabel } from '@/lib/session/roles';
import { useLogOut, useViewer } from '@/lib/session/session';
import { useMainHeadingFocus } from './use-main-heading-focus';
import './layout.css';

/**
 * The frame of every page: header navigation that follows the viewer's role (it links only to what
 * they can use), the page, the footer. After a navigation it scrolls to the top (or back to where a
 * page was left, going back), titles the tab "<page> · <brand>" and moves focus to the new page's
 * heading; while a page's code loads it shows a progress bar.
 */
export function Layout() {
  const brand = useBrand();
  const { viewer } = useViewer();
  const logOut = useLogOut();
  const navigate = useNavigate();
  const loading = useNavigation().state === 'loading';
  const main = useRef<HTMLElement>(null);
  useMainHeadingFocus(main);
  const isManager = hasAnyRole(viewer, ['BRAND_MANAGER']);
  return (
    <PageTitleProvider siteName={brand.name}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="site-title">
          {brand.logo && <ResponsiveImage image={brand.logo} sizes="2.5rem" aspectRatio="1 / 1" decorative priority className="site-logo" />}
          {brand.name ?? 'Flagship'}
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/shop">Shop</NavLink>
            </li>
            {isManager && (
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
            {viewer && !isManager && (
              <li>
                <NavLink to="/orders" end>
                  My orders
                </NavLink>
              </li>
            )}
            <li>
              <CartButton />
            </li>
            {viewer ? (
              <>
                <li>
                  <NavLink to="/account">
                    Account <span className="role-badge">{roleLabel(viewer)}</span>
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
      <div className={loading ? 'page-progress page-progress-active' : 'page-progress'} role="status">
        {loading && <span className="visually-hidden">Loading the page…</span>}
      </div>
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{brand.name ?? 'Flagship'} runs on Flagship, the open-source brand flagship platform.</p>
      </footer>
      <Toaster />
      <ScrollRestoration />
    </PageTitleProvider>
  );
}
