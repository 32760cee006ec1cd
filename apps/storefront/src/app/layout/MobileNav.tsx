import { useState } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { Button, Drawer, MenuIcon } from '@/components/ui';
import { useCategories } from '@/features/catalog/hooks/use-catalog';
import { COMMUNITY_SECTIONS } from '@/lib/community';
import { roleLabel } from '@/lib/session/roles';
import { actingVendor, useLogOut, type Viewer } from '@/lib/session/session';
import { ACCOUNT_LINKS, MANAGE_LINKS, MARKETPLACE_LINKS, VENDOR_LINKS, managesTheShop } from './navigation';

/**
 * On a phone, the whole navigation behind one menu button: the shop and its departments, the
 * marketplace, the community, the manager's or the vendor's pages, the member's pages (or log in and
 * sign up). A link closes the drawer.
 */
export function MobileNav({ viewer }: { viewer: Viewer | null }) {
  const [open, setOpen] = useState(false);
  const categories = useCategories();
  const logOut = useLogOut();
  const navigate = useNavigate();
  const close = () => setOpen(false);
  const vendor = actingVendor(viewer);
  const link = (to: string, label: string, end = false) => (
    <li key={to}>
      <NavLink to={to} end={end} onClick={close}>
        {label}
      </NavLink>
    </li>
  );
  return (
    <Drawer
      open={open}
      onOpenChange={setOpen}
      side="left"
      title="Menu"
      trigger={
        <Button variant="ghost" icon className="mobile-nav-button" aria-label="Menu">
          <MenuIcon />
        </Button>
      }
    >
      <nav aria-label="Main" className="mobile-nav">
        <h2 className="mobile-nav-heading">Shop</h2>
        <ul>
          {link('/shop', 'All products', true)}
          {categories.data?.categories.map((category) => (
            // A plain link: NavLink would mark every department active on /shop (it compares paths only).
            <li key={category.id}>
              <Link to={`/shop?category=${category.slug}`} onClick={close}>
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
        <h2 className="mobile-nav-heading">Marketplace</h2>
        <ul>
          {MARKETPLACE_LINKS.map((item) => link(item.to, item.label))}
          {link('/vendors', 'Vendors')}
        </ul>
        <h2 className="mobile-nav-heading">Community</h2>
        <ul>{COMMUNITY_SECTIONS.map((item) => link(item.to, item.label, item.to === '/community'))}</ul>
        {managesTheShop(viewer) && (
          <>
            <h2 className="mobile-nav-heading">Manage</h2>
            <ul>{MANAGE_LINKS.map((item) => link(item.to, item.label))}</ul>
          </>
        )}
        {vendor && (
          <>
            <h2 className="mobile-nav-heading">Vendor · {vendor.name}</h2>
            <ul>{VENDOR_LINKS.map((item) => link(item.to, item.label, item.to === '/vendor'))}</ul>
          </>
        )}
        <h2 className="mobile-nav-heading">
          {viewer ? (
            <>
              {viewer.displayName} <span className="role-badge">{roleLabel(viewer)}</span>
            </>
          ) : (
            'Your account'
          )}
        </h2>
        {viewer ? (
          <ul>
            {ACCOUNT_LINKS.map((item) => link(item.to, item.label, true))}
            <li>
              <button
                type="button"
                className="mobile-nav-action"
                onClick={() => logOut.mutate(undefined, { onSuccess: () => (close(), navigate('/')) })}
              >
                Log out
              </button>
            </li>
          </ul>
        ) : (
          <ul>
            {link('/log-in', 'Log in')}
            {link('/sign-up', 'Sign up')}
          </ul>
        )}
      </nav>
    </Drawer>
  );
}
