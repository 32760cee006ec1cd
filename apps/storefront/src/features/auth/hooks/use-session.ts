import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LogInInput, SignUpInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { LogInMutation, LogOutMutation, MeQuery, SignUpMutation } from '../graphql/session';

export const sessionKey = ['session', 'me'] as const;

/** The signed-in account, or null for a visitor. */
export function useViewer() {
  const query = useQuery({ queryKey: sessionKey, queryFn: () => request(MeQuery), staleTime: 60_000 });
  return { viewer: query.data?.me ?? null, isLoading: query.isLoading, error: query.error };
}

/** After signing in or out everything cached belongs to someone else: start afresh. */
function useResetAfterSessionChange() {
  const client = useQueryClient();
  return () => client.resetQueries();
}

export function useLogIn() {
  const reset = useResetAfterSessionChange();
  return useMutation({ mutationFn: (input: LogInInput) => request(LogInMutation, { input }), onSuccess: reset });
}

export function useSignUp() {
  const reset = useResetAfterSessionChange();
  return useMutation({ mutationFn: (input: SignUpInput) => request(SignUpMutation, { input }), onSuccess: reset });
}

export function useLogOut() {
  const reset = useResetAfterSessionChange();
  return useMutation({ mutationFn: () => request(LogOutMutation), onSuccess: reset });
}
