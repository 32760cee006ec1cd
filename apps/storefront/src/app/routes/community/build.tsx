import { useParams } from 'react-router';
import { BuildPage } from '@/features/builds/components/BuildPage';
import { buildHead } from '@/features/builds/head';
import { buildQueries } from '@/features/builds/queries';
import { ContributionActivity } from '@/features/interactions/components/ContributionActivity';
import { useCart } from '@/features/cart/hooks/use-cart';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** A build's page, rendered on the server; its parts go into the cart through the cart feature. */
export function Component() {
  const cart = useCart();
  const { id = '' } = useParams();
  return <BuildPage onAddAll={(lines) => cart.addMany.mutateAsync(lines)} activity={<ContributionActivity contributionId={id} />} />;
}

export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) => queryClient.prefetchQuery(buildQueries.page(params.id ?? '')),
  head: ({ params, queryClient, site }) =>
    failedQueryHead(queryClient, buildQueries.page(params.id ?? '').queryKey) ?? buildHead(queryClient.getQueryData(buildQueries.page(params.id ?? '').queryKey), site),
};
