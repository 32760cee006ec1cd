import { graphql } from '@/gql';

export const MembersQuery = graphql(`
  query Members($role: Role) {
    accounts(role: $role) {
      id
      email
      displayName
      role
      createdAt
    }
  }
`);
