import { graphql } from '@/gql';

export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product {
    id
    slug
    name
    description
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
      status
      variants {
        id
        sku
        name
        size
        colour
        stock
        inStock
        price {
          amountMinor
          currency
        }
      }
      reviews(first: 5) {
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
      }
    }
  }
`);
