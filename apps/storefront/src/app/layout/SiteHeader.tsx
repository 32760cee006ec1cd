import { Link, NavLink } from 'react-router';
import { Button, ResponsiveImage, Skeleton } from '@/components/ui';
import { CartButton } from '@/features/cart/components/CartButton';
import { useBrand } from '@/lib/brand/brand';
import { useViewer } from '@/lib/session/session';
import { AccountMenu, ManageMenu } from './AccountMenu';
import { HeaderSearch } from './HeaderSearch';
import { MobileNav } from './MobileNav';
import { managesTheShop } from './navigation';

/**
 * The header: one row on a desktop (name, Shop, the manager's menu, search, account, cart); on a
 * phone the menu button, the name and the cart, with the search field on a second row (one grid,
 * so there is one search field either way). The brand's
 * name takes a placeholder of the same size while it loads, never the platform's name.
 */
export function SiteHeader() {
  const brand = useBrand();
  const { viewer, isLoading: viewerLoading } = useViewer();
  return (
    <header className="site-header">
      <div className="site-header-row">
        <MobileNav viewer={viewer} />
        <Link to="/" className="site-logo">
          {/* The brand's mark (decorative: its name follows), when it has one. */}
          {brand.logo && <ResponsiveImage image={brand.logo} sizes="2.25rem" aspectRatio="1 / 1" decorative priority className="site-logo-mark" />}
          {brand.name ?? (
            <>
              <span className="visually-hidden">Home</span>
              <Skeleton width="9rem" height="1.25rem" />
            </>
          )}
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <NavLink to="/shop">Shop</NavLink>
            </li>
            <li>
              <NavLink to="/community">Community</NavLink>
            </li>
            <li>
              <NavLink to="/used">Used</NavLink>
            </li>
            {viewer && !managesTheShop(viewer) && (
              <li>
                <NavLink to="/orders" end>
                  My orders
                </NavLink>
              </li>
            )}
            {managesTheShop(viewer) && (
              <li>
                <ManageMenu />
              </li>
            )}
          </ul>
        </nav>
        <HeaderSearch />
        <div className="header-actions">
          {/* While the session loads, the account area keeps its width so the cart does not jump. */}
          <div className="header-account">
            {viewer ? (
              <AccountMenu viewer={viewer} />
            ) : viewerLoading ? null : (
              <>
                <Link to="/log-in" className="header-log-in">
                  Log in
                </Link>
                <Button asChild size="sm" className="header-sign-up">
                  <Link to="/sign-up">Sign up</Link>
                </Button>
              </>
            )}
          </div>
          <div className="header-cart">
            <CartButton />
          </div>
        </div>
      </div>
    </header>
  );
}
