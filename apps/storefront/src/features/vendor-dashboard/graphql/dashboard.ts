import { graphql } from '@/gql';

// Fields are spelled out rather than shared in a fragment: the API's depth limit counts a spread as a level.

export const VendorDashboardQuery = graphql(`
  query VendorDashboard($vendorId: ID!, $period: DashboardPeriod!) {
    vendorDashboard(vendorId: $vendorId, period: $period) {
      vendorId
      vendorName
      period
      from
      to
      currency
      listings {
        status
        count
      }
      listingsWithPendingRevision
      orderParts {
        status
        count
      }
      partsToFulfil
      sales {
        parts
        gross {
          amountMinor
          currency
        }
        commission {
          amountMinor
          currency
        }
        net {
          amountMinor
          currency
        }
        refunds {
          amountMinor
          currency
        }
      }
      balance {
        owed {
          amountMinor
          currency
        }
        held {
          amountMinor
          currency
        }
      }
      ratings {
        average
        count
        ratedProducts
      }
      customers {
        customers
        newCustomers
        repeatCustomers
        allTime
      }
    }
  }
`);

export const MarketplaceSummaryQuery = graphql(`
  query MarketplaceSummary($period: DashboardPeriod!) {
    brandMarketplaceSummary(period: $period) {
      period
      from
      to
      currency
      commissionEarned {
        amountMinor
        currency
      }
      commissionAllTime {
        amountMinor
        currency
      }
      salesBySellerKind {
        sellerKind
        sales {
          parts
          gross {
            amountMinor
            currency
          }
          commission {
            amountMinor
            currency
          }
          net {
            amountMinor
            currency
          }
          refunds {
            amountMinor
            currency
          }
        }
      }
      activeVendors
      sellingVendors
      newVendorCustomers
      vendors {
        vendorId
        name
        status
        newCustomers
        sales {
          parts
          gross {
            amountMinor
            currency
          }
          commission {
            amountMinor
            currency
          }
          net {
            amountMinor
            currency
          }
          refunds {
            amountMinor
            currency
          }
        }
      }
    }
  }
`);
