import { Role, anyOf, definePolicy, holdsRole, memberOf } from '@flagship/api-core';

/**
 * Who reads the marketplace's figures. A vendor's dashboard (sales, commission, balance, customers) is
 * its own people's (owners and staff) and brand managers'; anyone else is told it does not exist. The
 * marketplace summary (commission earned, sales by seller kind) is for brand managers.
 */
export const DashboardPolicy = definePolicy('marketplace_dashboard', {
  noun: 'Vendor',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** A vendor's dashboard: the resource is the vendor organisation. */
    vendor: anyOf(
      memberOf((vendor: { id: string }) => vendor.id),
      holdsRole(Role.BRAND_MANAGER),
    ),
    /** The whole marketplace's figures. */
    summary: holdsRole(Role.BRAND_MANAGER),
  },
});
