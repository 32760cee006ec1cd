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

export const ManageOrdersQuery = graphql(`
  query ManageOrders($status: OrderStatus, $after: String) {
    manageOrders(status: $status, first: 20, after: $after) {
      nodes {
        ...OrderSummaryFields
        shippingAddress {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OrderQuery = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      ...OrderSummaryFields
      pricesIncludeTax
      taxRateBp
      shippingMethodName
      paidAt
      fulfilledAt
      cancelledAt
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
      payment {
        provider
        status
        testMode
        clientSecret
      }
    }
    paymentSettings {
      stripePublishableKey
    }
  }
`);

export const FulfilOrderMutation = graphql(`
  mutation FulfilOrder($id: ID!) {
    fulfilOrder(id: $id) {
      id
      status
    }
  }
`);

export const RefundOrderMutation = graphql(`
  mutation RefundOrder($orderId: ID!, $amountMinor: SafeInt, $refundKey: ID!) {
    refundOrder(orderId: $orderId, amountMinor: $amountMinor, refundKey: $refundKey) {
      id
      status
    }
  }
`);
