import { graphql } from '@/gql';

export const MembersQuery = graphql(`
  query Members($role: Role) {
    accounts(role: $role) {
      id
      email
      displayName
      roles
      createdAt
      member {
        id
        badges {
          kind
          label
        }
      }
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($accountId: ID!, $role: Role!) {
    grantRole(accountId: $accountId, role: $role) {
      id
      roles
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($accountId: ID!, $role: Role!) {
    revokeRole(accountId: $accountId, role: $role) {
      id
      roles
    }
  }
`);

export const GrantBadgeMutation = graphql(`
  mutation GrantBadge($accountId: ID!, $badge: GrantedBadge!) {
    grantBadge(accountId: $accountId, badge: $badge) {
      id
    }
  }
`);

export const RevokeBadgeMutation = graphql(`
  mutation RevokeBadge($accountId: ID!, $badge: GrantedBadge!) {
    revokeBadge(accountId: $accountId, badge: $badge) {
      id
    }
  }
`);
