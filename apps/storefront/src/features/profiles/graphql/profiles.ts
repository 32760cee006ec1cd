import { graphql } from '@/gql';

export const MemberProfileQuery = graphql(`
  query MemberProfile($id: ID!, $after: String) {
    member(id: $id) {
      id
      displayName
      badges {
        kind
        label
      }
      bio
      bioHtml
      avatarUrl
      joinedAt
      reviews(first: 5, after: $after) {
        nodes {
          id
          rating
          body
          createdAt
          verifiedPurchase
          product {
            name
            slug
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      memberships {
        role
        organisation {
          id
          name
        }
      }
      member {
        id
        displayName
        badges {
          kind
          label
        }
        bio
        avatarUrl
      }
    }
  }
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      displayName
      bio
    }
  }
`);

export const RemoveMyAvatarMutation = graphql(`
  mutation RemoveMyAvatar {
    removeMyAvatar {
      id
      avatarUrl
    }
  }
`);
