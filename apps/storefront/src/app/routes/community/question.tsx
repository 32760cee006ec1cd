import { useParams } from 'react-router';
import { ContributionActivity } from '@/features/interactions/components/ContributionActivity';
import { AdvicePostPage } from '@/features/advice/components/AdvicePostPage';
import { advicePostHead } from '@/features/advice/head';
import { adviceQueries } from '@/features/advice/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** Rendered on the server with its answers; 404 when there is none. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) => queryClient.prefetchQuery(adviceQueries.post(params.id ?? '')),
  head: ({ params, queryClient, site }) =>
    failedQueryHead(queryClient, adviceQueries.post(params.id ?? '').queryKey) ?? advicePostHead(queryClient.getQueryData(adviceQueries.post(params.id ?? '').queryKey), 'QUESTION', site),
};

export function Component() {
  const { id = '' } = useParams();
  return <AdvicePostPage kind="QUESTION" activity={<ContributionActivity contributionId={id} />} />;
}
