import type { Role } from '@/gql/graphql';
import { hasAnyRole } from '@/lib/session/roles';
import { actingVendor, type Viewer } from '@/lib/session/session';

export interface NavItem {
  to: string;
  label: string;
}

/** The brand manager's pages, in one "Manage" menu (a drawer section on a phone). */
export const MANAGE_LINKS: readonly NavItem[] = [
  { to: '/manage/products', label: 'Products' },
  { to: '/manage/orders', label: 'Orders' },
  { to: '/manage/members', label: 'Members' },
  { to: '/manage/experts', label: 'Experts' },
  { to: '/manage/settings', label: 'Shop settings' },
  { to: '/manage/brand', label: 'Brand' },
  { to: '/manage/builds', label: 'Build review' },
  { to: '/manage/vendors', label: 'Vendors' },
  { to: '/manage/listings', label: 'Listings' },
  { to: '/manage/claims', label: 'Claims' },
  { to: '/manage/stolen-bikes', label: 'Stolen bikes' },
  { to: '/manage/marketplace', label: 'Marketplace' },
  { to: '/manage/marketplace-summary', label: 'Sales & commission' },
];

const BRAND_MANAGERS: readonly Role[] = ['BRAND_MANAGER'];

export const managesTheShop = (viewer: Viewer | null) => hasAnyRole(viewer, BRAND_MANAGERS);

/** The signed-in member's own pages (account menu and drawer). */
export const ACCOUNT_LINKS: readonly NavItem[] = [
  { to: '/account', label: 'Account' },
  { to: '/orders', label: 'My orders' },
  { to: '/account/collections', label: 'Saved' },
  { to: '/account/bookings', label: 'Bookings' },
  { to: '/account/selling', label: 'Selling' },
];

/** The marketplace's public sections, in the header beside Shop and Community (and the phone drawer). */
export const MARKETPLACE_LINKS: readonly NavItem[] = [
  { to: '/services', label: 'Services' },
  { to: '/used', label: 'Used' },
];

/** The footer's marketplace section: where to buy from others and how to sell. */
export const MARKETPLACE_FOOTER_LINKS: readonly NavItem[] = [
  { to: '/vendors', label: 'Vendors' },
  { to: '/services', label: 'Services' },
  { to: '/used', label: 'Used bikes & parts' },
  // The footer says "Sell on <brand>" with the brand's own name.
  { to: '/sell', label: 'Sell' },
];

/**
 * The vendor area's pages (header "Vendor" menu, the phone drawer, the area's own tabs), for the
 * owners and staff of a vendor organisation. `/vendor` is the dashboard.
 */
export const VENDOR_LINKS: readonly NavItem[] = [
  { to: '/vendor', label: 'Dashboard' },
  { to: '/vendor/listings', label: 'Listings' },
  { to: '/vendor/orders', label: 'Orders' },
  { to: '/vendor/bookings', label: 'Bookings' },
  { to: '/vendor/payouts', label: 'Payouts' },
  { to: '/vendor/team', label: 'Team' },
];

/** True for a viewer who works for a vendor (owner or staff): the header shows the Vendor menu. */
export const worksForAVendor = (viewer: Viewer | null) => actingVendor(viewer) !== null;
