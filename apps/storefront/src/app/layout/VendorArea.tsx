import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { EmptyState } from '@/components/ui';
import { usePageTitle } from '@/lib/page-title';
import { actingVendor, useViewer } from '@/lib/session/session';
import { VENDOR_LINKS } from './navigation';

/** Pages without a tab of their own, shown under the tab they are reached from (a new service: Bookings). */
const TAB_OF: readonly (readonly [prefix: string, tab: string])[] = [['/vendor/services/', '/vendor/bookings']];

/** What the vendor area's pages get from it: the vendor the viewer works for (`useOutletContext`). */
export interface VendorAreaContext {
  vendor: { id: string; name: string };
}

/**
 * The vendor area's frame (`/vendor/…`): the vendor's name and its pages as tabs (a row that scrolls
 * sideways on a phone; the drawer lists them too), then the page. A VENDOR without a vendor
 * organisation is told so.
 */
export function VendorArea() {
  const { viewer } = useViewer();
  const vendor = actingVendor(viewer);
  const { pathname } = useLocation();
  const underTab = TAB_OF.find(([prefix]) => pathname.startsWith(prefix))?.[1];
  if (!vendor) return <NoVendor />;
  return (
    <div className="vendor-area">
      <nav aria-label="Vendor area" className="vendor-area-nav">
        <ul>
          {VENDOR_LINKS.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/vendor'} className={({ isActive }) => (isActive || item.to === underTab ? 'active' : undefined)}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={{ vendor } satisfies VendorAreaContext} />
    </div>
  );
}

function NoVendor() {
  usePageTitle('Vendor area');
  return (
    <section aria-labelledby="no-vendor-title">
      <h1 id="no-vendor-title">Vendor area</h1>
      <EmptyState
        title="Your account does not work for a vendor yet"
        description="Once a vendor’s owner adds you to their team, or your own application is approved, its dashboard and pages appear here."
        action={<Link to="/sell">Sell on the marketplace</Link>}
      />
    </section>
  );
}
