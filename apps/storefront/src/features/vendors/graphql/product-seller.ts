import { graphql } from '@/gql';

/** Shoppers' only vendor document (the product page's "Sold by"): kept apart so that page loads no manager code. */
export const ProductSellerQuery = graphql(`
  query ProductSeller($slug: String!) {
    product(slug: $slug) {
      id
      vendor {
        id
        slug
        name
        serviceArea
      }
    }
  }
`);
