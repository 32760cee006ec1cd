import { graphql } from '@/gql';

export const PayoutDashboardQuery = graphql(`
  query PayoutDashboard($kind: SellerKind!, $id: ID!) {
    payoutAccount(sellerKind: $kind, sellerId: $id) {
      status
      provider
      testMode
      payoutsEnabled
    }
    sellerBalance(sellerKind: $kind, sellerId: $id) {
      currency
      owed {
        amountMinor
        currency
      }
      held {
        amountMinor
        currency
      }
      paidOut {
        amountMinor
        currency
      }
    }
    sellerPayouts(sellerKind: $kind, sellerId: $id) {
      id
      orderPartId
      status
      testMode
      providerTransferId
      blockedReason
      sentAt
      createdAt
      amount {
        amountMinor
        currency
      }
      reversed {
        amountMinor
        currency
      }
    }
  }
`);

export const StartPayoutOnboardingMutation = graphql(`
  mutation StartPayoutOnboarding($kind: SellerKind!, $id: ID!) {
    startPayoutOnboarding(sellerKind: $kind, sellerId: $id) {
      url
      account {
        status
        testMode
      }
    }
  }
`);
