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
  query ManageOrders($status: OrderStatus, $search: String, $after: String) {
    manageOrders(status: $status, search: $search, first: 20, after: $after) {
      nodes {
        ...OrderSummaryFields
        buyer {
          id
          displayName
        }
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

/** The back office's order page: the order with its buyer's account, refunds and history. */
export const ManageOrderQuery = graphql(`
  query ManageOrder($id: ID!) {
    order(id: $id) {
      ...OrderSummaryFields
      ...OrderDetailFields
      paidAt
      fulfilledAt
      cancelledAt
      cancelReason
      buyer {
        id
        displayName
      }
      payment {
        provider
        status
        testMode
      }
      refunds {
        ...OrderRefundFields
        reason
        requestedBy {
          id
          displayName
        }
      }
    }
    orderBuyer(orderId: $id) {
      id
      email
    }
    orderHistory(orderId: $id) {
      id
      type
      occurredAt
      reason
      amount {
        amountMinor
        currency
      }
      actor {
        id
        displayName
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
      refunds {
        ...OrderRefundFields
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
