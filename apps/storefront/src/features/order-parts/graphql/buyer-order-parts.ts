import { graphql } from '@/gql';

/** The buyer's view of an order by seller (no commission): kept apart so order pages load no manager or vendor code. */
export const BuyerOrderPartsQuery = graphql(`
  query BuyerOrderParts($id: ID!) {
    order(id: $id) {
      id
      parts {
        id
        sellerKind
        sellerName
        status
        total {
          amountMinor
          currency
        }
        refunded {
          amountMinor
          currency
        }
        lines {
          id
          productName
          variantName
          quantity
          lineTotal {
            amountMinor
            currency
          }
        }
        refunds {
          id
          status
          createdAt
          amount {
            amountMinor
            currency
          }
        }
      }
    }
  }
`);
