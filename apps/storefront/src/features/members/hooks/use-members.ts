import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GrantedBadge, Role } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { sessionQueries } from '@/lib/session/session';
import { GrantBadgeMutation, GrantRoleMutation, RevokeBadgeMutation, RevokeRoleMutation } from '../graphql/accounts';
import { memberQueries } from '../queries';

export function useMembers(role: Role | null) {
  return useQuery(memberQueries.list(role));
}

type AccessChange =
  | { kind: 'grantRole' | 'revokeRole'; accountId: string; role: Role }
  | { kind: 'grantBadge' | 'revokeBadge'; accountId: string; badge: GrantedBadge };

/**
 * Grants or removes a role or a badge. The member list and the manager's own session (stepping down)
 * are read again; badges also show on profiles and reviews, other features' data, which the app
 * refreshes through `onAccessChanged`.
 */
export function useChangeAccess(onAccessChanged: () => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: AccessChange): Promise<unknown> => {
      switch (change.kind) {
        case 'grantRole':
          return request(GrantRoleMutation, { accountId: change.accountId, role: change.role });
        case 'revokeRole':
          return request(RevokeRoleMutation, { accountId: change.accountId, role: change.role });
        case 'grantBadge':
          return request(GrantBadgeMutation, { accountId: change.accountId, badge: change.badge });
        case 'revokeBadge':
          return request(RevokeBadgeMutation, { accountId: change.accountId, badge: change.badge });
      }
    },
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: memberQueries.all }), client.invalidateQueries({ queryKey: sessionQueries.all }), onAccessChanged()]),
  });
}
