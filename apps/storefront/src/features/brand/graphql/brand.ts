import { graphql } from '@/gql';

/** Saves the brand settings and answers with what the Brand query shows (BrandFields), to update it in place. */
export const UpdateBrandMutation = graphql(`
  mutation UpdateBrand($input: UpdateBrandInput!) {
    updateBrand(input: $input) {
      ...BrandFields
    }
  }
`);
