import { EmptyState } from '@/components/ui';
import { useMemberContributions } from '../hooks/use-feed';
import { ContributionGrid, ContributionGridPlaceholder } from './ContributionGrid';
import '../community-feed.css';

/** A member's published contributions, for their public profile (the profile route module places it). */
export function MemberContributions({ memberId, displayName }: { memberId: string; displayName: string }) {
  const query = useMemberContributions(memberId);
  const contributions = query.data?.pages.flatMap((page) => page.member?.contributions.nodes ?? []) ?? [];
  return (
    <section aria-labelledby="profile-contributions" className="member-contributions">
      <h2 id="profile-contributions">Contributions</h2>
      {query.isLoading ? (
        <ContributionGridPlaceholder count={3} label="Loading the contributions…" />
      ) : query.error ? (
        <p role="alert">{query.error.message}</p>
      ) : contributions.length === 0 ? (
        <EmptyState headingLevel={3} title="Nothing shared yet" description={`${displayName} has not shared a build, route, guide or question yet.`} />
      ) : (
        <ContributionGrid contributions={contributions} hasMore={query.hasNextPage} loadingMore={query.isFetchingNextPage} onLoadMore={() => query.fetchNextPage()} loadMoreLabel="Show more contributions" />
      )}
    </section>
  );
}
