import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GrantedBadge, Role } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { GrantBadgeMutation, GrantRoleMutation, MembersQuery, RevokeBadgeMutation, RevokeRoleMutation } from '../graphql/accounts';

export const memberKeys = {
  all: ['members'] as const,
  list: (role: Role | null) => ['members', role] as const,
};

export function useMembers(role: Role | null) {
  return useQuery({ queryKey: memberKeys.list(role), queryFn: () => request(MembersQuery, { role }) });
}

export type AccessChange =
  | { kind: 'grantRole' | 'revokeRole'; accountId: string; role: Role }
  | { kind: 'grantBadge' | 'revokeBadge'; accountId: string; badge: GrantedBadge };

/**
 * Grants or removes a role or a badge. Everything cached may change with it (the manager's own
 * roles too, when they step down), so the members list, profiles and the session are read again.
 */
export function useChangeAccess() {
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
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: memberKeys.all }),
        client.invalidateQueries({ queryKey: ['profiles'] }),
        client.invalidateQueries({ queryKey: ['session'] }),
      ]),
  });
}
