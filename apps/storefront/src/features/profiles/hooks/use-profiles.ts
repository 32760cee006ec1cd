import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateProfileInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { MemberProfileQuery, MyProfileQuery, UpdateMyProfileMutation } from '../graphql/profiles';

/** Query keys of this feature, in one place. */
export const profileKeys = {
  all: ['profiles'] as const,
  member: (id: string) => ['profiles', 'member', id] as const,
  mine: ['profiles', 'mine'] as const,
};

/** A member's public profile, with their reviews page by page ("Show more"). */
export function useMemberProfile(id: string) {
  return useInfiniteQuery({
    queryKey: profileKeys.member(id),
    queryFn: ({ pageParam }) => request(MemberProfileQuery, { id, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.member?.reviews.pageInfo.hasNextPage ? page.member.reviews.pageInfo.endCursor : undefined),
  });
}

export function useMyProfile() {
  return useQuery({ queryKey: profileKeys.mine, queryFn: () => request(MyProfileQuery) });
}

/** Saves the signed-in member's name and bio; the header and every profile pick the change up. */
export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => request(UpdateMyProfileMutation, { input }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: profileKeys.all }), client.invalidateQueries({ queryKey: ['session'] })]),
  });
}
