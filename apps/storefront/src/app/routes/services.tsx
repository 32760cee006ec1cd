import { ServicesPage } from '@/features/bookings/components/ServicesPage';
import { bookingQueries } from '@/features/bookings/queries';
import type { PageHandle } from '@/lib/head';

/** Rendered on the server with every published service. */
export const handle: PageHandle = {
  prefetch: ({ queryClient }) => queryClient.prefetchQuery(bookingQueries.services()),
  head: () => ({ title: 'Services', description: 'Bike fits, workshop services and guided rides from the partners we ride with. Pick a time and book it with your order.' }),
};

export const Component = ServicesPage;
