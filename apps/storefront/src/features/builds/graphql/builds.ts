import { graphql } from '@/gql';

export const BuildPageQuery = graphql(`
  query BuildPage($id: ID!) {
    contribution(id: $id) {
      id
      kind
      title
      body
      bodyHtml
      excerpt
      tags
      status
      publishedAt
      viewerCanEdit
      author {
        id
        displayName
        avatarUrl
        badges {
          kind
          label
        }
      }
      photos {
        id
        image {
          url
          alt
          width
          height
          srcset
        }
      }
      build {
        id
        state
        supporters
        stageNumber
        stageCount
        stageTarget
        stageDeadline
        viewerSupports
        viewerCanSupport
        declineReason
        royaltyBp
        parts {
          id
          label
          quantity
          note
          variant {
            id
            name
            inStock
            price {
              amountMinor
              currency
            }
          }
          product {
            slug
            name
          }
        }
      }
    }
  }
`);

export const SupportBuildMutation = graphql(`
  mutation SupportBuild($buildId: ID!) {
    supportBuild(buildId: $buildId) {
      id
      supportCount
    }
  }
`);

export const WithdrawBuildSupportMutation = graphql(`
  mutation WithdrawBuildSupport($buildId: ID!) {
    withdrawBuildSupport(buildId: $buildId) {
      id
      supportCount
    }
  }
`);

export const CreateBuildMutation = graphql(`
  mutation CreateBuild($input: CreateBuildInput!) {
    createBuild(input: $input) {
      id
      status
    }
  }
`);

export const UpdateBuildMutation = graphql(`
  mutation UpdateBuild($input: UpdateBuildInput!) {
    updateBuild(input: $input) {
      id
      status
    }
  }
`);

export const ShopPartsQuery = graphql(`
  query ShopParts {
    products(first: 100, sort: NEWEST) {
      nodes {
        id
        name
        variants {
          id
          name
          price {
            amountMinor
            currency
          }
        }
      }
    }
  }
`);

export const BuildReviewQueueQuery = graphql(`
  query BuildReviewQueue {
    buildReviewQueue {
      id
      title
      excerpt
      author {
        id
        displayName
      }
      cover {
        image {
          url
          alt
          width
          height
          srcset
        }
      }
      build {
        id
        supporters
        enteredReviewAt
        parts {
          id
        }
      }
    }
    categories {
      id
      name
    }
    buildSupportStages {
      supporters
      windowDays
    }
  }
`);

export const AcceptBuildMutation = graphql(`
  mutation AcceptBuild($input: AcceptBuildInput!) {
    acceptBuild(input: $input) {
      id
      build {
        id
        state
        product {
          id
          slug
        }
      }
    }
  }
`);

export const DeclineBuildMutation = graphql(`
  mutation DeclineBuild($input: DeclineBuildInput!) {
    declineBuild(input: $input) {
      id
      build {
        id
        state
      }
    }
  }
`);

export const SetBuildSupportStagesMutation = graphql(`
  mutation SetBuildSupportStages($input: SetBuildSupportStagesInput!) {
    setBuildSupportStages(input: $input) {
      supporters
      windowDays
    }
  }
`);
