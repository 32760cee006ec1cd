import { graphql } from '@/gql';

/** Saves the brand settings and answers with what the Brand query shows, to update it in place. */
export const UpdateBrandMutation = graphql(`
  mutation UpdateBrand($input: UpdateBrandInput!) {
    updateBrand(input: $input) {
      name
      tagline
      currency
      primaryColor
      accentColor
      hero {
        eyebrow
        title
        text
        ctaLabel
        ctaHref
      }
    }
  }
`);
