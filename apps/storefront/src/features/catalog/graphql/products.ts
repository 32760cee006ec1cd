import { graphql } from '@/gql';

/** What a product card shows: the shop grid, the home page, "You may also like". */
export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product {
    id
    slug
    name
    ratingAverage
    ratingCount
    category {
      slug
      name
    }
    priceFrom {
      amountMinor
      currency
    }
    images {
      id
      url
      alt
      width
      height
      srcset
    }
  }
`);

export const ProductsQuery = graphql(`
  query Products($filter: ProductFilterInput, $sort: ProductSort, $first: Int, $after: String) {
    products(filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes {
        ...ProductCardFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CategoriesQuery = graphql(`
  query Categories {
    categories {
      id
      slug
      name
    }
  }
`);

export const ProductQuery = graphql(`
  query Product($slug: String!) {
    product(slug: $slug) {
      ...ProductCardFields
      description
      status
      offerKind
      dispatchTime
      specs {
        label
        value
      }
      sizeGuide {
        columns
        rows {
          size
          values
        }
        note
      }
      variants {
        id
        sku
        name
        size
        colour
        stock
        inStock
        availability
        price {
          amountMinor
          currency
        }
      }
      reviewEligibility
      reviews(first: 10) {
        nodes {
          id
          author {
            id
            displayName
            badges {
              kind
              label
            }
          }
          rating
          body
          verifiedPurchase
          createdAt
        }
        pageInfo {
          hasNextPage
        }
      }
      related(first: 4) {
        ...ProductCardFields
      }
    }
  }
`);

export const PostReviewMutation = graphql(`
  mutation PostReview($input: PostReviewInput!) {
    postReview(input: $input) {
      id
    }
  }
`);
