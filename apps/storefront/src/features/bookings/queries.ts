import { queryOptions } from '@tanstack/react-query';
import type { BookingFieldsFragment, ServiceQuery as ServiceQueryResult, ServicesQuery as ServicesQueryResult } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { MyBookingsQuery, ServiceCategoriesQuery, ServiceQuery, ServicesQuery, VendorBookingsQuery, VendorServicesQuery } from './graphql/bookings';

export type ServiceCard = ServicesQueryResult['services'][number];
export type ServiceDetail = ServiceQueryResult['service'];
export type BookingData = BookingFieldsFragment;

/** Every query key of the bookings feature, with the request behind it. */
export const bookingQueries = {
  all: ['bookings'] as const,
  services: () => queryOptions({ queryKey: [...bookingQueries.all, 'services'], queryFn: async () => (await request(ServicesQuery)).services }),
  service: (slug: string) => queryOptions({ queryKey: [...bookingQueries.all, 'service', slug], queryFn: async () => (await request(ServiceQuery, { slug })).service }),
  mine: () => queryOptions({ queryKey: [...bookingQueries.all, 'mine'], queryFn: async () => (await request(MyBookingsQuery)).myBookings }),
  vendor: (vendorId: string) =>
    queryOptions({ queryKey: [...bookingQueries.all, 'vendor', vendorId], queryFn: async () => (await request(VendorBookingsQuery, { vendorId })).vendorBookings.nodes }),
  vendorServices: (vendorId: string) =>
    queryOptions({ queryKey: [...bookingQueries.all, 'vendor-services', vendorId], queryFn: async () => (await request(VendorServicesQuery, { vendorId })).vendorServices }),
  categories: () => queryOptions({ queryKey: [...bookingQueries.all, 'categories'], queryFn: async () => (await request(ServiceCategoriesQuery)).categories }),
};
