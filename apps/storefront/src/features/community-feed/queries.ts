import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ContributionKind, FeedScope } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { CommunityFeedQuery, MemberContributionsQuery } from './graphql/feed';

/** Cards per page of the feed ("Load more" asks for the next). */
export const FEED_PAGE_SIZE = 12;
/** Cards per page on a member's profile. */
export const PROFILE_PAGE_SIZE = 6;

export interface FeedFilter {
  scope: FeedScope;
  kind: ContributionKind | null;
  tag: string | null;
}

/** Every query key of the community feed, with the request behind it. */
export const feedQueries = {
  all: ['community-feed'] as const,
  /** The feed (or a kind's listing), page after page with the API's cursors. */
  feed: (filter: FeedFilter) =>
    infiniteQueryOptions({
      queryKey: [...feedQueries.all, 'feed', filter],
      queryFn: ({ pageParam }) => request(CommunityFeedQuery, { ...filter, first: FEED_PAGE_SIZE, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => (last.communityFeed.pageInfo.hasNextPage ? last.communityFeed.pageInfo.endCursor : null),
    }),
  /** A member's published contributions, for their profile. */
  member: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...feedQueries.all, 'member', id],
      queryFn: ({ pageParam }) => request(MemberContributionsQuery, { id, first: PROFILE_PAGE_SIZE, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => (last.member?.contributions.pageInfo.hasNextPage ? last.member.contributions.pageInfo.endCursor : null),
    }),
};
