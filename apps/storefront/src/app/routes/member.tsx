import { MemberContributions } from '@/features/community-feed/components/MemberContributions';
import { feedQueries } from '@/features/community-feed/queries';
import { FollowMemberButton } from '@/features/interactions/components/FollowMemberButton';
import { MemberProfilePage } from '@/features/profiles/components/MemberProfilePage';
import { memberHead } from '@/features/profiles/head';
import { profileQueries } from '@/features/profiles/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

const contributions = (member: { id: string; displayName: string }) => <MemberContributions memberId={member.id} displayName={member.displayName} />;

/** The profile, with what the member shared in the community. */
export function Component() {
  return <MemberProfilePage contributions={contributions} follow={(member) => <FollowMemberButton memberId={member.id} />} />;
}

/** A public profile is rendered on the server with its first reviews and contributions; 404 when there is no such member. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) =>
    Promise.all([queryClient.prefetchInfiniteQuery(profileQueries.member(params.id ?? '')), queryClient.prefetchInfiniteQuery(feedQueries.member(params.id ?? ''))]),
  head: ({ params, queryClient, site }) =>
    failedQueryHead(queryClient, profileQueries.member(params.id ?? '').queryKey) ?? memberHead(queryClient.getQueryData(profileQueries.member(params.id ?? '').queryKey)?.pages[0], site),
};
