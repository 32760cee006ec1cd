import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { AddPrivacyZoneMutation, CreateRouteMutation, LogRideMutation, PinRoutePhotoMutation, RemovePrivacyZoneMutation, UnpinRoutePhotoMutation, UpdateRouteMutation } from '../graphql/routes';
import { routeQueries } from '../queries';
import type { AddPrivacyZoneInput, CreateRouteInput, LogRideInput, PinRoutePhotoInput, UpdateRouteInput } from '@/gql/graphql';

export const useRoute = (id: string) => useQuery(routeQueries.route(id));
export const useRouteUpload = (id: string | null) => useQuery({ ...routeQueries.upload(id ?? ''), enabled: Boolean(id) });
export const usePrivacyZones = () => useQuery(routeQueries.privacyZones());

/** Logs a ride, then reloads the route (its leaderboard). */
export function useLogRide(routeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<LogRideInput, 'routeId'>) => request(LogRideMutation, { input: { ...input, routeId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: routeQueries.route(routeId).queryKey }),
  });
}

export function useCreateRoute() {
  return useMutation({ mutationFn: (input: CreateRouteInput) => request(CreateRouteMutation, { input }) });
}

export function useUpdateRoute() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateRouteInput) => request(UpdateRouteMutation, { input }),
    onSuccess: (_data, input) => client.invalidateQueries({ queryKey: routeQueries.route(String(input.id)).queryKey }),
  });
}

export function useAddPrivacyZone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AddPrivacyZoneInput) => request(AddPrivacyZoneMutation, { input }),
    onSuccess: () => client.invalidateQueries({ queryKey: routeQueries.all }),
  });
}

export function useRemovePrivacyZone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(RemovePrivacyZoneMutation, { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: routeQueries.all }),
  });
}

/** Pins (or moves) one of the author's photos on their route, then reloads the route. */
export function usePinRoutePhoto(routeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<PinRoutePhotoInput, 'routeId'>) => request(PinRoutePhotoMutation, { input: { ...input, routeId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: routeQueries.route(routeId).queryKey }),
  });
}

/** Takes a pinned photo off the author's route, then reloads the route. */
export function useUnpinRoutePhoto(routeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (photoId: string) => request(UnpinRoutePhotoMutation, { routeId, photoId }),
    onSuccess: () => client.invalidateQueries({ queryKey: routeQueries.route(routeId).queryKey }),
  });
}
