import { memberHead } from '@/features/profiles/head';
import { profileQueries } from '@/features/profiles/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

export { MemberProfilePage as Component } from '@/features/profiles/components/MemberProfilePage';

/** A public profile is rendered on the server with its first reviews; 404 when there is no such member. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) => queryClient.prefetchInfiniteQuery(profileQueries.member(params.id ?? '')),
  head: ({ params, queryClient, site }) =>
    failedQueryHead(queryClient, profileQueries.member(params.id ?? '').queryKey) ?? memberHead(queryClient.getQueryData(profileQueries.member(params.id ?? '').queryKey)?.pages[0], site),
};
