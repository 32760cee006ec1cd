import { usedKindOf, UsedMarketPage } from '@/features/resale/components/UsedMarketPage';
import { usedMarketHead } from '@/features/resale/head';
import { resaleQueries } from '@/features/resale/queries';
import type { PageHandle } from '@/lib/head';

/** The used market, rendered on the server with its first page of the kind the address asks for. */
export const handle: PageHandle = {
  prefetch: ({ queryClient, searchParams }) => queryClient.prefetchInfiniteQuery(resaleQueries.market(usedKindOf(searchParams))),
  head: ({ site }) => usedMarketHead(site),
};

export { UsedMarketPage as Component };
