import { graphql } from '@/gql';

// Inline selections rather than fragments: the API's depth limit counts a fragment spread as a level.
export const GuideQuery = graphql(`
  query Guide($id: ID!) {
    contribution(id: $id) {
      id
      kind
      status
      title
      body
      bodyHtml
      excerpt
      tags
      publishedAt
      createdAt
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
          srcset
          alt
          width
          height
        }
      }
      guide {
        id
        difficulty
        timeMinutes
        completionCount
        viewerMadeIt
        steps {
          id
          number
          title
          body
          bodyHtml
          photos {
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
        tools {
          id
          label
          quantity
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
        parts {
          id
          label
          quantity
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
        completions {
          id
          noteHtml
          createdAt
          member {
            id
            displayName
            badges {
              kind
              label
            }
          }
          photo {
            url
            srcset
            alt
            width
            height
          }
        }
      }
    }
  }
`);

/** What the editor offers to link: every product with its variants (the demo shop is small; a search comes later). */
export const GuideProductChoicesQuery = graphql(`
  query GuideProductChoices {
    products(first: 100, sort: NAME) {
      nodes {
        id
        name
        category {
          name
        }
        variants {
          id
          name
        }
      }
    }
  }
`);

export const CreateGuideMutation = graphql(`
  mutation CreateGuide($input: CreateGuideInput!) {
    createGuide(input: $input) {
      id
      status
    }
  }
`);

export const UpdateGuideMutation = graphql(`
  mutation UpdateGuide($id: ID!, $input: UpdateGuideInput!) {
    updateGuide(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const MarkGuideMadeMutation = graphql(`
  mutation MarkGuideMade($input: MarkGuideMadeInput!) {
    markGuideMade(input: $input) {
      id
    }
  }
`);
