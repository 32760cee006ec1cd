import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MeQuery as MeData } from '@/gql/graphql';
import { brandQueries } from '@/lib/brand/brand';
import { request } from '@/lib/graphql-client';

/**
 * The session every page shares: who is signed in (`me`), and logging out. Signing in and up are
 * the auth feature's pages; they call useResetAfterSessionChange when they succeed.
 */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      roles
      createdAt
      memberships {
        role
        organisation {
          id
          kind
          name
        }
      }
    }
  }
`);

const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export type Viewer = NonNullable<MeData['me']>;

export const sessionQueries = {
  all: ['session'] as const,
  viewer: () => queryOptions({ queryKey: [...sessionQueries.all, 'viewer'], queryFn: () => request(MeQuery), staleTime: 60_000 }),
};

/**
 * The vendor organisation the viewer works for (owner or staff), or null: the vendor area's pages act
 * for it. The API checks the membership again on every request.
 */
export function actingVendor(viewer: Pick<Viewer, 'memberships'> | null | undefined): { id: string; name: string } | null {
  const membership = viewer?.memberships.find((m) => m.organisation.kind === 'VENDOR');
  return membership ? { id: membership.organisation.id, name: membership.organisation.name } : null;
}

/** The signed-in account, or null for a visitor. */
export function useViewer() {
  const query = useQuery(sessionQueries.viewer());
  return { viewer: query.data?.me ?? null, isLoading: query.isLoading, error: query.error };
}

/**
 * After signing in or out everything cached belongs to someone else: start afresh. The brand is the
 * same for everyone, so the header and the page title keep it.
 */
export function useResetAfterSessionChange() {
  const client = useQueryClient();
  return () => client.resetQueries({ predicate: (query) => query.queryKey[0] !== brandQueries.all[0] });
}

export function useLogOut() {
  const reset = useResetAfterSessionChange();
  return useMutation({ mutationFn: () => request(LogOutMutation), onSuccess: reset });
}
