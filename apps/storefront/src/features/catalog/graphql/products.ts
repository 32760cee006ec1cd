import { graphql } from '../../../gql';

export const HomeQuery = graphql(`
  query Home($first: Int!) {
    products(first: $first) {
      id
      slug
      name
      description
      category
      priceMinor
      currency
    }
  }
`);
