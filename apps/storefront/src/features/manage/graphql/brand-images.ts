import { graphql } from '@/gql';

export const RemoveBrandImageMutation = graphql(`
  mutation RemoveBrandImage($slot: BrandImageSlot!) {
    removeBrandImage(slot: $slot) {
      id
    }
  }
`);
