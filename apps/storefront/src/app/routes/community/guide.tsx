import { ContributionActivity } from '@/features/interactions/components/ContributionActivity';
import { useCart } from '@/features/cart/hooks/use-cart';
import { GuidePage } from '@/features/guides/components/GuidePage';
import { guideHead } from '@/features/guides/head';
import { guideQueries } from '@/features/guides/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** A guide, rendered on the server with everything on it; 404 when there is none (or it is someone's draft). */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) => queryClient.prefetchQuery(guideQueries.detail(params.id ?? '')),
  head: ({ params, queryClient, site }) =>
    failedQueryHead(queryClient, guideQueries.detail(params.id ?? '').queryKey) ?? guideHead(queryClient.getQueryData(guideQueries.detail(params.id ?? '').queryKey), site),
};

/** The guide page; "Add all to cart" goes through the cart feature's addMany. */
export function Component() {
  const cart = useCart();
  return <GuidePage onAddAll={(lines) => cart.addMany.mutateAsync(lines)} activity={(guide) => <ContributionActivity contributionId={guide.id} />} />;
}
