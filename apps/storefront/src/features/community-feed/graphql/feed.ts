import { graphql } from '@/gql';

// The card's fields are written out in each query (not a fragment): the API's depth limit counts a
// fragment spread as a level, and a profile's contributions sit two levels deeper than the feed's.
export const CommunityFeedQuery = graphql(`
  query CommunityFeed($scope: FeedScope!, $kind: ContributionKind, $tag: String, $first: Int!, $after: String) {
    communityFeed(scope: $scope, kind: $kind, tag: $tag, first: $first, after: $after) {
      nodes {
        id
        kind
        title
        excerpt
        tags
        publishedAt
        commentCount
        reactionCount
        supportCount
        author {
          id
          displayName
          avatarUrl
          badges {
            kind
            label
          }
        }
        cover {
          image {
            url
            srcset
            alt
            width
            height
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MemberContributionsQuery = graphql(`
  query MemberContributions($id: ID!, $first: Int!, $after: String) {
    member(id: $id) {
      id
      contributions(first: $first, after: $after) {
        nodes {
          id
          kind
          title
          excerpt
          tags
          publishedAt
          commentCount
          reactionCount
          supportCount
          author {
            id
            displayName
            avatarUrl
            badges {
              kind
              label
            }
          }
          cover {
            image {
              url
              srcset
              alt
              width
              height
            }
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
