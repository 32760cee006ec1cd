import { VendorPage } from '@/features/vendors/components/VendorPage';
import { vendorHead } from '@/features/vendors/head';
import { vendorQueries } from '@/features/vendors/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** A vendor's page, rendered on the server with the vendor, its products and services; 404 when there is none (or it is suspended). */
export const handle: PageHandle = {
  prefetch: async ({ params, queryClient }) => {
    const data = await queryClient.fetchQuery(vendorQueries.detail(params.slug ?? '')).catch(() => undefined);
    const id = data?.vendor?.id;
    if (id) await Promise.all([queryClient.prefetchQuery(vendorQueries.offers(id, 'GOODS')), queryClient.prefetchQuery(vendorQueries.services(id))]);
  },
  head: ({ params, queryClient, site }) =>
    failedQueryHead(queryClient, vendorQueries.detail(params.slug ?? '').queryKey) ?? vendorHead(queryClient.getQueryData(vendorQueries.detail(params.slug ?? '').queryKey), site),
};

export const Component = VendorPage;
