import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import type { LogInInput, SignUpInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useResetAfterSessionChange } from '@/lib/session/session';
import { LogInMutation, SignUpMutation } from '../graphql/auth';

export function useLogIn() {
  const reset = useResetAfterSessionChange();
  return useMutation({ mutationFn: (input: LogInInput) => request(LogInMutation, { input }), onSuccess: reset });
}

export function useSignUp() {
  const reset = useResetAfterSessionChange();
  return useMutation({ mutationFn: (input: SignUpInput) => request(SignUpMutation, { input }), onSuccess: reset });
}

/** Where to go after signing in: `?next=` when it is a path on this site (never an open redirect). */
export function useNextPath(): { next: string; query: string } {
  const [params] = useSearchParams();
  const asked = params.get('next');
  const next = asked?.startsWith('/') && !asked.startsWith('//') ? asked : '/account';
  return { next, query: next !== '/account' ? `?next=${encodeURIComponent(next)}` : '' };
}

/** Runs what the app wants done after signing in (e.g. moving the browser's cart), then goes on. */
export function useAfterSignIn(onSignedIn: () => Promise<void>) {
  const navigate = useNavigate();
  const { next } = useNextPath();
  return async () => {
    await onSignedIn();
    await navigate(next);
  };
}
