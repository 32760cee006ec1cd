import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { MembersQuery } from '../graphql/accounts';

export function useMembers(role: Role | null) {
  return useQuery({ queryKey: ['members', role], queryFn: () => request(MembersQuery, { role }) });
}
