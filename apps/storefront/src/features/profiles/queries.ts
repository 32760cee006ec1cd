import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { MemberProfileQuery, MyProfileQuery } from './graphql/profiles';

/** Every query key of the profiles feature, with the request behind it. */
export const profileQueries = {
  all: ['profiles'] as const,
  /** A member's public profile, with their reviews page by page ("Show more"). */
  member: (id: string) =>
    infiniteQueryOptions({
      queryKey: [...profileQueries.all, 'member', id],
      queryFn: ({ pageParam }) => request(MemberProfileQuery, { id, after: pageParam }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => (page.member?.reviews.pageInfo.hasNextPage ? page.member.reviews.pageInfo.endCursor : undefined),
    }),
  /** The signed-in member's own profile and organisations, for the account page. */
  mine: () => queryOptions({ queryKey: [...profileQueries.all, 'mine'], queryFn: () => request(MyProfileQuery) }),
};
