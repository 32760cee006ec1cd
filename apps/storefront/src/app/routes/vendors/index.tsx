import { VendorDirectory } from '@/features/vendors/components/VendorDirectory';
import { directoryHead } from '@/features/vendors/head';
import { vendorQueries } from '@/features/vendors/queries';
import type { PageHandle } from '@/lib/head';

/** The vendor directory, rendered on the server with its vendors. */
export const handle: PageHandle = {
  prefetch: ({ queryClient }) => queryClient.prefetchQuery(vendorQueries.directory()),
  head: ({ site }) => directoryHead(site),
};

export const Component = VendorDirectory;
