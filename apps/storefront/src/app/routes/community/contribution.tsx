import { interactionQueries } from '@/features/interactions/queries';
import { failedQueryHead, summarise, type PageHandle } from '@/lib/head';

export { ContributionPreviewPage as Component } from '@/features/interactions/components/ContributionPreviewPage';

/**
 * Any contribution by id with its reactions and comments, whatever its kind: the place links land
 * before (or besides) the kind's own page. Kept out of search results: each kind's page is the canonical one.
 */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) =>
    Promise.all([queryClient.prefetchQuery(interactionQueries.preview(params.id ?? '')), queryClient.prefetchInfiniteQuery(interactionQueries.activity(params.id ?? ''))]),
  head: ({ params, queryClient }) => {
    const failed = failedQueryHead(queryClient, interactionQueries.preview(params.id ?? '').queryKey);
    if (failed) return failed;
    const contribution = queryClient.getQueryData(interactionQueries.preview(params.id ?? '').queryKey)?.contribution;
    return contribution ? { title: contribution.title, description: summarise(contribution.title), noindex: true } : { title: 'Not found', status: 404, noindex: true };
  },
};
