import { graphql } from '@/gql';

// The back office's order documents, apart from the buyers' (orders.ts): only manager pages import
// this module, so its documents never reach a shopper's chunks (decision 0025). The fragments they
// spread are orders.ts's.

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
