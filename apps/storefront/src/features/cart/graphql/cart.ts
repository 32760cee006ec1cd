import { graphql } from '@/gql';

export const CartFields = graphql(`
  fragment CartFields on Cart {
    itemCount
    subtotal {
      amountMinor
      currency
    }
    items {
      quantity
      available
      unitPrice {
        amountMinor
        currency
      }
      lineTotal {
        amountMinor
        currency
      }
      variant {
        id
        name
        stock
      }
      product {
        id
        slug
        name
        sellerName
        offerKind
      }
      booking {
        id
        startsAt
        endsAt
        holdExpiresAt
        timeZone
      }
      image {
        url
        alt
        width
        height
        srcset
      }
    }
  }
`);

export const CartQuery = graphql(`
  query Cart {
    cart {
      ...CartFields
    }
  }
`);

export const CartPreviewQuery = graphql(`
  query CartPreview($lines: [CartLineInput!]!) {
    cartPreview(lines: $lines) {
      ...CartFields
    }
  }
`);

export const AddToCartMutation = graphql(`
  mutation AddToCart($variantId: ID!, $quantity: Int!) {
    addToCart(variantId: $variantId, quantity: $quantity) {
      ...CartFields
    }
  }
`);

export const SetCartQuantityMutation = graphql(`
  mutation SetCartQuantity($variantId: ID!, $quantity: Int!) {
    setCartQuantity(variantId: $variantId, quantity: $quantity) {
      ...CartFields
    }
  }
`);

export const MergeCartMutation = graphql(`
  mutation MergeCart($lines: [CartLineInput!]!) {
    mergeCart(lines: $lines) {
      ...CartFields
    }
  }
`);

export const AddItemsToCartMutation = graphql(`
  mutation AddItemsToCart($lines: [CartLineInput!]!) {
    addItemsToCart(lines: $lines) {
      ...CartFields
    }
  }
`);
