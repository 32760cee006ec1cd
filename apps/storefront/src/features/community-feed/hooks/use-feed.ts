import { useInfiniteQuery } from '@tanstack/react-query';
import { feedQueries, type FeedFilter } from '../queries';

export function useCommunityFeed(filter: FeedFilter, { enabled = true } = {}) {
  return useInfiniteQuery({ ...feedQueries.feed(filter), enabled });
}

export function useMemberContributions(memberId: string) {
  return useInfiniteQuery(feedQueries.member(memberId));
}
