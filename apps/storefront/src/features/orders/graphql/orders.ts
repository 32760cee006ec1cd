import { graphql } from '@/gql';

export const OrderSummaryFields = graphql(`
  fragment OrderSummaryFields on Order {
    id
    number
    status
    createdAt
    total {
      amountMinor
      currency
    }
  }
`);

export const MyOrdersQuery = graphql(`
  query MyOrders($after: String) {
    myOrders(first: 20, after: $after) {
      nodes {
        ...OrderSummaryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OrderRefundFields = graphql(`
  fragment OrderRefundFields on OrderRefund {
    id
    status
    createdAt
    updatedAt
    amount {
      amountMinor
      currency
    }
  }
`);

/** What an order page shows of any order: its lines, totals and delivery address. */
export const OrderDetailFields = graphql(`
  fragment OrderDetailFields on Order {
    pricesIncludeTax
    taxRateBp
    shippingMethodName
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
    refunded {
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
      sku
      productName
      variantName
      image {
        url
        alt
        width
        height
        srcset
      }
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
  }
`);

export const OrderQuery = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      ...OrderSummaryFields
      ...OrderDetailFields
      paidAt
      fulfilledAt
      cancelledAt
      cancelReason
      payment {
        provider
        status
        testMode
        clientSecret
      }
      refunds {
        ...OrderRefundFields
      }
    }
    paymentSettings {
      stripePublishableKey
    }
  }
`);
