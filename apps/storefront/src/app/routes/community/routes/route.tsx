import { useParams } from 'react-router';
import { ContributionActivity } from '@/features/interactions/components/ContributionActivity';
import { RoutePage } from '@/features/routes/components/RoutePage';
import { routeHead } from '@/features/routes/head';
import { routeQueries } from '@/features/routes/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** The route page with reactions and comments under it. */
export function Component() {
  const { id = '' } = useParams();
  return <RoutePage activity={<ContributionActivity contributionId={id} />} />;
}

/** A route's page is rendered on the server with what a visitor may see of its track; 404 when there is none. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) => queryClient.prefetchQuery(routeQueries.route(params.id ?? '')),
  head: ({ params, queryClient, site }) => failedQueryHead(queryClient, routeQueries.route(params.id ?? '').queryKey) ?? routeHead(queryClient.getQueryData(routeQueries.route(params.id ?? '').queryKey), site),
};
