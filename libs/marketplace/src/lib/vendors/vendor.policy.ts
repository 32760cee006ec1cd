import { OrganisationRole, Role, anyOf, definePolicy, holdsRole, memberOf, resourceIs, type Rule } from '@flagship/api-core';
import { VendorStatus, type Vendor } from './vendor.entity';

/** A vendor's people: its owners and staff (memberships count while they hold VENDOR). */
const itsPeople = memberOf((vendor: Pick<Vendor, 'id'>) => vendor.id);
const brandManagers = holdsRole(Role.BRAND_MANAGER);

/**
 * Who may do what with a vendor (decision 0037). Its page is public while it is ACTIVE; a suspended
 * vendor exists only for its own people and brand managers. Its team is its people's business; only
 * its owners change it.
 */
export const VendorPolicy = definePolicy('vendor', {
  noun: 'Vendor',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** Its page and its products' "Sold by". */
    read: anyOf(resourceIs((vendor: Pick<Vendor, 'id' | 'status'>) => vendor.status === VendorStatus.ACTIVE, 'an active vendor'), itsPeople, brandManagers),
    /** Its standing (ACTIVE or SUSPENDED, and why): not for shoppers. */
    read_status: anyOf(itsPeople, brandManagers),
    /** Its owners and staff. */
    read_team: itsPeople,
    /** Invite and remove staff. */
    manage_team: memberOf((vendor: Pick<Vendor, 'id'>) => vendor.id, [OrganisationRole.OWNER]),
    /** Suspend and reinstate; list every vendor with its standing. */
    curate: brandManagers,
  },
});

/** Signed-in members who own no vendor yet (one vendor per owner; staff of a vendor may still start their own). */
const ownsNoVendor: Rule<unknown> = {
  description: 'signed-in members who own no vendor',
  needsResource: false,
  admitsEveryone: false,
  allows: (viewer) => !!viewer && !viewer.memberships.some((m) => m.role === OrganisationRole.OWNER),
};

/** Who may apply to sell, and decide applications. An applicant reads only their own (`myVendorApplication`). */
export const VendorApplicationPolicy = definePolicy('vendor_application', {
  noun: 'Vendor application',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** Apply (one open application each, checked by the service). */
    apply: ownsNoVendor,
    /** The queue, approve and reject. */
    decide: brandManagers,
  },
});
