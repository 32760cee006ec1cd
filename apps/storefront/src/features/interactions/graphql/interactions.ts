import { graphql } from '@/gql';

export const ContributionActivityQuery = graphql(`
  query ContributionActivity($id: ID!, $first: Int!, $after: String) {
    contribution(id: $id) {
      id
      title
      status
      commentCount
      reactionCount
      viewerReactions
      viewerFollows
      viewerSaved
      reactions {
        kind
        count
      }
      comments(first: $first, after: $after) {
        nodes {
          id
          parentId
          status
          body
          bodyHtml
          createdAt
          editedAt
          viewerCanEdit
          author {
            id
            displayName
            avatarUrl
          }
          replies {
            id
            parentId
            status
            body
            bodyHtml
            createdAt
            editedAt
            viewerCanEdit
            author {
              id
              displayName
              avatarUrl
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

export const PostCommentMutation = graphql(`
  mutation PostComment($input: PostCommentInput!) {
    postComment(input: $input) {
      id
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      id
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      id
    }
  }
`);

export const ReactMutation = graphql(`
  mutation React($id: ID!, $kind: ReactionKind!) {
    react(contributionId: $id, kind: $kind) {
      id
    }
  }
`);

export const UnreactMutation = graphql(`
  mutation Unreact($id: ID!, $kind: ReactionKind!) {
    unreact(contributionId: $id, kind: $kind) {
      id
    }
  }
`);

export const FollowContributionMutation = graphql(`
  mutation FollowContribution($id: ID!) {
    followContribution(contributionId: $id) {
      id
    }
  }
`);

export const UnfollowContributionMutation = graphql(`
  mutation UnfollowContribution($id: ID!) {
    unfollowContribution(contributionId: $id) {
      id
    }
  }
`);

export const SaveToCollectionMutation = graphql(`
  mutation SaveToCollection($id: ID!, $collectionId: ID) {
    saveToCollection(contributionId: $id, collectionId: $collectionId) {
      id
      name
    }
  }
`);

export const RemoveFromCollectionMutation = graphql(`
  mutation RemoveFromCollection($collectionId: ID!, $id: ID!) {
    removeFromCollection(collectionId: $collectionId, contributionId: $id) {
      id
    }
  }
`);

export const MemberFollowQuery = graphql(`
  query MemberFollow($id: ID!) {
    member(id: $id) {
      id
      displayName
      followerCount
      viewerFollows
    }
  }
`);

export const FollowMemberMutation = graphql(`
  mutation FollowMember($id: ID!) {
    followMember(memberId: $id) {
      id
      followerCount
      viewerFollows
    }
  }
`);

export const UnfollowMemberMutation = graphql(`
  mutation UnfollowMember($id: ID!) {
    unfollowMember(memberId: $id) {
      id
      followerCount
      viewerFollows
    }
  }
`);

export const MyCollectionsQuery = graphql(`
  query MyCollections {
    myCollections {
      id
      name
      isPublic
      itemCount
      createdAt
    }
  }
`);

export const CollectionQuery = graphql(`
  query Collection($id: ID!, $after: String) {
    collection(id: $id) {
      id
      name
      isPublic
      itemCount
      viewerIsOwner
      owner {
        id
        displayName
      }
      items(first: 24, after: $after) {
        nodes {
          id
          kind
          title
          excerpt
          publishedAt
          author {
            id
            displayName
          }
          cover {
            id
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

export const CreateCollectionMutation = graphql(`
  mutation CreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      id
    }
  }
`);

export const UpdateCollectionMutation = graphql(`
  mutation UpdateCollection($input: UpdateCollectionInput!) {
    updateCollection(input: $input) {
      id
      name
      isPublic
    }
  }
`);

export const DeleteCollectionMutation = graphql(`
  mutation DeleteCollection($id: ID!) {
    deleteCollection(id: $id) {
      id
    }
  }
`);

export const ContributionPreviewQuery = graphql(`
  query ContributionPreview($id: ID!) {
    contribution(id: $id) {
      id
      kind
      title
      bodyHtml
      publishedAt
      commentCount
      reactionCount
      author {
        id
        displayName
        avatarUrl
      }
    }
  }
`);
