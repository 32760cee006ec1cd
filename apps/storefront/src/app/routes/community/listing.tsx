import { CommunityFeedPage } from '@/features/community-feed/components/CommunityFeedPage';
import { feedFilterOf } from '@/features/community-feed/feed-filter';
import { communityHead } from '@/features/community-feed/head';
import { feedQueries } from '@/features/community-feed/queries';
import type { ContributionKind } from '@/gql/graphql';
import type { PageHandle } from '@/lib/head';

/**
 * The route module of the community home (`kind` null) or a kind's listing: server-rendered with the
 * first page of the view the address asks for (the Following tab is the viewer's own: the browser
 * loads it).
 */
export function listingRoute(kind: ContributionKind | null) {
  const handle: PageHandle = {
    prefetch: ({ queryClient, searchParams }) => {
      const filter = feedFilterOf(searchParams, kind);
      return filter.scope === 'FOLLOWING' ? Promise.resolve() : queryClient.prefetchInfiniteQuery(feedQueries.feed(filter));
    },
    head: ({ site }) => communityHead(kind, site),
  };
  function Component() {
    return <CommunityFeedPage kind={kind} />;
  }
  return { Component, handle };
}
