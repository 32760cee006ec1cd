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
  { to: '/manage/listings', label: 'Listing review' },
];

const BRAND_MANAGERS: readonly Role[] = ['BRAND_MANAGER'];

export const managesTheShop = (viewer: Viewer | null) => hasAnyRole(viewer, BRAND_MANAGERS);

/** The signed-in member's own pages (account menu and drawer). */
export const ACCOUNT_LINKS: readonly NavItem[] = [
  { to: '/account', label: 'Account' },
  { to: '/orders', label: 'My orders' },
  { to: '/account/collections', label: 'Saved' },
];

/** The vendor area's pages, for the owners and staff of a vendor (account menu and drawer). */
export const VENDOR_LINKS: readonly NavItem[] = [{ to: '/vendor/listings', label: 'Vendor listings' }];

export const worksForAVendor = (viewer: Viewer | null) => actingVendor(viewer) !== null;
