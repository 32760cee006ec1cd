import { queryOptions } from '@tanstack/react-query';
import type { OfferKind } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { productSellerQuery } from './seller-queries';
import {
  ManageVendorsQuery,
  MyVendorApplicationQuery,
  VendorApplicationsQuery,
  VendorDirectoryQuery,
  VendorOffersQuery,
  VendorQuery,
  VendorServiceOffersQuery,
  VendorTeamQuery,
} from './graphql/vendors';

/** Every query key of the vendors feature, with the request behind it. */
export const vendorQueries = {
  all: ['vendors'] as const,
  /** The public directory (active vendors, by name). */
  directory: () => queryOptions({ queryKey: [...vendorQueries.all, 'directory'], queryFn: () => request(VendorDirectoryQuery, { first: 50 }) }),
  /** A vendor's page. */
  detail: (slug: string) => queryOptions({ queryKey: [...vendorQueries.all, 'detail', slug], queryFn: () => request(VendorQuery, { slug }) }),
  /** A vendor's published goods or services. */
  offers: (sellerId: string, offerKind: OfferKind) =>
    queryOptions({ queryKey: [...vendorQueries.all, 'offers', sellerId, offerKind], queryFn: () => request(VendorOffersQuery, { sellerId, offerKind }) }),
  /** A vendor's published services (price, duration, where). */
  services: (vendorId: string) =>
    queryOptions({ queryKey: [...vendorQueries.all, 'services', vendorId], queryFn: () => request(VendorServiceOffersQuery, { vendorId }) }),
  /** Who sells a product ("Sold by"). */
  productSeller: productSellerQuery,
  /** The viewer's own application, and the categories to choose from. */
  myApplication: () => queryOptions({ queryKey: [...vendorQueries.all, 'my-application'], queryFn: () => request(MyVendorApplicationQuery) }),
  /** The brand manager's queue. */
  applications: () => queryOptions({ queryKey: [...vendorQueries.all, 'applications'], queryFn: () => request(VendorApplicationsQuery, { status: 'SUBMITTED' }) }),
  /** Every vendor with its standing (brand managers). */
  manage: () => queryOptions({ queryKey: [...vendorQueries.all, 'manage'], queryFn: () => request(ManageVendorsQuery, {}) }),
  team: (vendorId: string) => queryOptions({ queryKey: [...vendorQueries.all, 'team', vendorId], queryFn: () => request(VendorTeamQuery, { vendorId }) }),
};
