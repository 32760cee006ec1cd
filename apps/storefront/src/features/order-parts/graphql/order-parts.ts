import { graphql } from '@/gql';

/** The back office's view of an order's parts: with commission and net. */
export const ManagedOrderPartsQuery = graphql(`
  query ManagedOrderParts($id: ID!) {
    order(id: $id) {
      id
      parts {
        id
        sellerKind
        sellerName
        status
        earnings {
          commissionBp
          gross {
            amountMinor
            currency
          }
          commission {
            amountMinor
            currency
          }
          refunded {
            amountMinor
            currency
          }
          commissionRefunded {
            amountMinor
            currency
          }
          net {
            amountMinor
            currency
          }
        }
      }
    }
  }
`);

export const VendorOrderPartsQuery = graphql(`
  query VendorOrderParts($vendorId: ID!, $status: OrderPartStatus, $after: String) {
    vendorOrderParts(vendorId: $vendorId, status: $status, first: 10, after: $after) {
      nodes {
        id
        status
        createdAt
        refunded {
          amountMinor
          currency
        }
        shipTo {
          name
          city
          country
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
        earnings {
          commissionBp
          gross {
            amountMinor
            currency
          }
          commission {
            amountMinor
            currency
          }
          refunded {
            amountMinor
            currency
          }
          commissionRefunded {
            amountMinor
            currency
          }
          net {
            amountMinor
            currency
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FulfilOrderPartMutation = graphql(`
  mutation FulfilOrderPart($partId: ID!) {
    fulfilOrderPart(partId: $partId) {
      id
      status
    }
  }
`);

export const RefundOrderPartMutation = graphql(`
  mutation RefundOrderPart($partId: ID!, $amountMinor: SafeInt!, $refundKey: ID!, $reason: String!) {
    refundOrderPart(partId: $partId, amountMinor: $amountMinor, refundKey: $refundKey, reason: $reason) {
      id
      status
    }
  }
`);

export const MarketplaceSettingsQuery = graphql(`
  query MarketplaceSettings {
    marketplaceSettings {
      defaultCommissionBp
      defaultCommissionFloorMinor
      defaultCommissionCapMinor
      resaleFeeBp
      bookingHoldMinutes
      cancellationNoticeHours
      reviewRevealDays
      claimWindowDays
    }
    commissionRules {
      id
      vendorId
      vendorName
      categoryId
      categoryName
      bp
      floorMinor
      capMinor
    }
    commissionRuleVendors {
      id
      name
    }
    categories {
      id
      name
    }
  }
`);

export const UpdateMarketplaceSettingsMutation = graphql(`
  mutation UpdateMarketplaceSettings($input: UpdateMarketplaceSettingsInput!) {
    updateMarketplaceSettings(input: $input) {
      defaultCommissionBp
    }
  }
`);

export const SetCommissionRuleMutation = graphql(`
  mutation SetCommissionRule($input: SetCommissionRuleInput!) {
    setCommissionRule(input: $input) {
      id
    }
  }
`);

export const RemoveCommissionRuleMutation = graphql(`
  mutation RemoveCommissionRule($id: ID!) {
    removeCommissionRule(id: $id)
  }
`);
