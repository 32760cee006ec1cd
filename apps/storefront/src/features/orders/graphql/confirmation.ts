import { graphql } from '@/gql';

export const OrderConfirmationQuery = graphql(`
  query OrderConfirmation($id: ID!) {
    order(id: $id) {
      id
      number
      status
      buyer {
        id
        displayName
      }
      shippingMethodName
      pricesIncludeTax
      taxRateBp
      reservationExpiresAt
      cancelReason
      subtotal {
        amountMinor
        currency
      }
      shipping {
        amountMinor
        currency
      }
      tax {
        amountMinor
        currency
      }
      total {
        amountMinor
        currency
      }
      shippingAddress {
        name
        line1
        line2
        city
        postcode
        country
      }
      lines {
        id
        productName
        variantName
        offerKind
        quantity
        unitPrice {
          amountMinor
          currency
        }
        lineTotal {
          amountMinor
          currency
        }
      }
      payment {
        status
        testMode
      }
    }
  }
`);
