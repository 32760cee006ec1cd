import { Link, NavLink } from 'react-router';
import { Button, ResponsiveImage, Skeleton } from '@/components/ui';
import { CartButton } from '@/features/cart/components/CartButton';
import { useBrand } from '@/lib/brand/brand';
import { actingVendor, useViewer } from '@/lib/session/session';
import { AccountMenu, ManageMenu, VendorMenu } from './AccountMenu';
import { HeaderSearch } from './HeaderSearch';
import { MobileNav } from './MobileNav';
import { MARKETPLACE_LINKS, managesTheShop } from './navigation';

/**
 * The header: one row on a desktop (name, Shop, Services, Used, Community, the manager's or the
 * vendor's menu, search, account, cart); on a
 * phone the menu button, the name and the cart, with the search field on a second row (one grid,
 * so there is one search field either way). The brand's
 * name takes a placeholder of the same size while it loads, never the platform's name.
 */
export function SiteHeader() {
  const brand = useBrand();
  const { viewer, isLoading: viewerLoading } = useViewer();
  const vendor = actingVendor(viewer);
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
            {MARKETPLACE_LINKS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to="/community">Community</NavLink>
            </li>
            {viewer && !managesTheShop(viewer) && !vendor && (
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
            {vendor && (
              <li>
                <VendorMenu vendorName={vendor.name} />
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
