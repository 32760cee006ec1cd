import { graphql } from '@/gql';

// The cart's fields are written out in each document rather than shared as a fragment: a fragment
// spread counts as a level of the API's query depth limit (6), and a line's photo sits at the limit.
export const CartQuery = graphql(`
  query Cart {
    cart {
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
          images {
            id
            url
            alt
          }
        }
      }
    }
  }
`);

export const CartPreviewQuery = graphql(`
  query CartPreview($lines: [CartLineInput!]!) {
    cartPreview(lines: $lines) {
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
          images {
            id
            url
            alt
          }
        }
      }
    }
  }
`);

export const AddToCartMutation = graphql(`
  mutation AddToCart($variantId: ID!, $quantity: Int!) {
    addToCart(variantId: $variantId, quantity: $quantity) {
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
          images {
            id
            url
            alt
          }
        }
      }
    }
  }
`);

export const SetCartQuantityMutation = graphql(`
  mutation SetCartQuantity($variantId: ID!, $quantity: Int!) {
    setCartQuantity(variantId: $variantId, quantity: $quantity) {
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
          images {
            id
            url
            alt
          }
        }
      }
    }
  }
`);

export const MergeCartMutation = graphql(`
  mutation MergeCart($lines: [CartLineInput!]!) {
    mergeCart(lines: $lines) {
      itemCount
    }
  }
`);
