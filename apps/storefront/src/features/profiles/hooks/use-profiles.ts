import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateProfileInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { sessionQueries } from '@/lib/session/session';
import { UpdateMyProfileMutation } from '../graphql/profiles';
import { profileQueries } from '../queries';

export function useMemberProfile(id: string) {
  return useInfiniteQuery(profileQueries.member(id));
}

export function useMyProfile() {
  return useQuery(profileQueries.mine());
}

/** Saves the signed-in member's name and bio; the header and every profile pick the change up. */
export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => request(UpdateMyProfileMutation, { input }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: profileQueries.all }), client.invalidateQueries({ queryKey: sessionQueries.all })]),
  });
}
