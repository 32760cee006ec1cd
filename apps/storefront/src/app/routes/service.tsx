import { useQueryClient } from '@tanstack/react-query';
import { ServicePage } from '@/features/bookings/components/ServicePage';
import { serviceHead } from '@/features/bookings/head';
import { bookingQueries } from '@/features/bookings/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';
import { useViewer } from '@/lib/session/session';

/** Rendered on the server with the service and its open times; 404 when there is none. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) => queryClient.prefetchQuery(bookingQueries.service(params.slug ?? '')),
  head: ({ params, queryClient }) =>
    failedQueryHead(queryClient, bookingQueries.service(params.slug ?? '').queryKey) ?? serviceHead(queryClient.getQueryData(bookingQueries.service(params.slug ?? '').queryKey)),
};

/** A service page; "Book" holds the slot and the cart (everyone's query cache) is refreshed. */
export function Component() {
  const { viewer } = useViewer();
  const queryClient = useQueryClient();
  return <ServicePage signedIn={Boolean(viewer)} onBooked={() => void queryClient.invalidateQueries({ queryKey: ['cart'] })} />;
}
