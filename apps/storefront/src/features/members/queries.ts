import { queryOptions } from '@tanstack/react-query';
import type { Role } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { MembersQuery } from './graphql/accounts';

/** Every query key of the members feature, with the request behind it. */
export const memberQueries = {
  all: ['members'] as const,
  list: (role: Role | null) => queryOptions({ queryKey: [...memberQueries.all, 'list', { role }], queryFn: () => request(MembersQuery, { role }) }),
};
