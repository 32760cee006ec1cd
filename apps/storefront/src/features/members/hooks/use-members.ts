import { useQuery } from '@tanstack/react-query';
import type { Role } from '@/gql/graphql';
import { memberQueries } from '../queries';

export function useMembers(role: Role | null) {
  return useQuery(memberQueries.list(role));
}
