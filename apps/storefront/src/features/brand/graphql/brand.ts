import { graphql } from '../../../gql';

export const BrandQuery = graphql(`
  query Brand {
    brand {
      name
      tagline
    }
  }
`);
