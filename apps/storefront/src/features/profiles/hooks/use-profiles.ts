import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateProfileInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { sessionQueries } from '@/lib/session/session';
import { postImage } from '@/lib/upload';
import { RemoveMyAvatarMutation, UpdateMyProfileMutation } from '../graphql/profiles';
import { profileQueries } from '../queries';

export function useMemberProfile(id: string) {
  return useInfiniteQuery(profileQueries.member(id));
}

export function useMyProfile() {
  return useQuery(profileQueries.mine());
}

/** After a change to the signed-in member's profile: the header and every profile pick it up. */
function useRefreshProfiles() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: profileQueries.all }), client.invalidateQueries({ queryKey: sessionQueries.all })]);
}

/** Saves the signed-in member's name and bio. */
export function useUpdateProfile() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (input: UpdateProfileInput) => request(UpdateMyProfileMutation, { input }), onSuccess: refresh });
}

/** Uploads a new picture (`POST /uploads/avatar`: the API cuts it square); an empty alt lets the API describe it by name. */
export function useSetAvatar() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (file: File) => postImage('/uploads/avatar', file, ''), onSuccess: refresh });
}

/** Goes back to initials. */
export function useRemoveAvatar() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: () => request(RemoveMyAvatarMutation, {}), onSuccess: refresh });
}
