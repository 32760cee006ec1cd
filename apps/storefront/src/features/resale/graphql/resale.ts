import { graphql } from '@/gql';

export const UsedItemCardFields = graphql(`
  fragment UsedItemCard on UsedItem {
    productId
    kind
    condition
    brand
    model
    frameSize
    year
    sellerName
    title
    slug
    price {
      amountMinor
      currency
    }
    photo {
      url
      alt
      width
      height
      srcset
    }
  }
`);

export const UsedMarketQuery = graphql(`
  query UsedMarket($kind: UsedItemKind, $after: String) {
    usedItems(kind: $kind, first: 24, after: $after) {
      nodes {
        ...UsedItemCard
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UsedItemPageQuery = graphql(`
  query UsedItemPage($slug: String!) {
    product(slug: $slug) {
      id
      slug
      name
      description
      offerKind
      images {
        url
        alt
        width
        height
        srcset
      }
      variants {
        id
        name
        stock
        price {
          amountMinor
          currency
        }
      }
      usedItem {
        productId
        sellerId
        kind
        condition
        brand
        model
        frameSize
        year
        frameSerialMasked
        handoverNote
        sellerName
        sold
      }
    }
  }
`);

export const SellingQuery = graphql(`
  query Selling {
    mySellerAttestation {
      adultConfirmedAt
    }
    myUsedItems {
      ...UsedItemCard
      listingStatus
      frameSerial
      sold
      createdAt
    }
    myUsedSales {
      ...UsedSaleFields
    }
  }
`);

export const UsedSaleFields = graphql(`
  fragment UsedSaleFields on UsedSale {
    partId
    orderId
    stage
    fundsStatus
    paid {
      amountMinor
      currency
    }
    sellerNet {
      amountMinor
      currency
    }
    shippedAt
    trackingCode
    deliveredAt
    releaseAfter
    receivedAt
    claimable
    viewerIsSeller
    viewerIsBuyer
    claim {
      id
      reason
      details
      status
      outcome
      decisionNote
      createdAt
    }
    item {
      productId
      brand
      model
      kind
      sellerId
      sellerName
      product {
        id
        slug
        name
      }
    }
  }
`);

export const UsedSalesOfOrderQuery = graphql(`
  query UsedSalesOfOrder($orderId: ID!) {
    usedSalesOfOrder(orderId: $orderId) {
      ...UsedSaleFields
    }
  }
`);

export const ClaimQueueQuery = graphql(`
  query ClaimQueue($includeDecided: Boolean!) {
    claimQueue(includeDecided: $includeDecided) {
      ...UsedSaleFields
    }
  }
`);

export const StolenBikesQuery = graphql(`
  query StolenBikes {
    stolenBikes(first: 200) {
      id
      serial
      source
      note
      createdAt
    }
  }
`);

export const ConfirmAdultSellerMutation = graphql(`
  mutation ConfirmAdultSeller {
    confirmAdultSeller {
      adultConfirmedAt
    }
  }
`);

export const ListUsedItemMutation = graphql(`
  mutation ListUsedItem($input: ListUsedItemInput!) {
    listUsedItem(input: $input) {
      productId
      product {
        id
        slug
      }
    }
  }
`);

export const WithdrawUsedItemMutation = graphql(`
  mutation WithdrawUsedItem($productId: ID!) {
    withdrawUsedItem(productId: $productId) {
      productId
    }
  }
`);

export const MarkUsedItemShippedMutation = graphql(`
  mutation MarkUsedItemShipped($partId: ID!, $tracking: String) {
    markUsedItemShipped(partId: $partId, tracking: $tracking) {
      ...UsedSaleFields
    }
  }
`);

export const MarkUsedItemDeliveredMutation = graphql(`
  mutation MarkUsedItemDelivered($partId: ID!) {
    markUsedItemDelivered(partId: $partId) {
      ...UsedSaleFields
    }
  }
`);

export const ConfirmUsedItemReceivedMutation = graphql(`
  mutation ConfirmUsedItemReceived($partId: ID!) {
    confirmUsedItemReceived(partId: $partId) {
      ...UsedSaleFields
    }
  }
`);

export const OpenClaimMutation = graphql(`
  mutation OpenClaim($input: OpenClaimInput!) {
    openClaim(input: $input) {
      id
      status
    }
  }
`);

export const DecideClaimMutation = graphql(`
  mutation DecideClaim($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      id
      status
      outcome
    }
  }
`);

export const ReportStolenBikeMutation = graphql(`
  mutation ReportStolenBike($serial: String!, $note: String) {
    reportStolenBike(serial: $serial, note: $note) {
      id
      serial
    }
  }
`);

export const ImportStolenBikesMutation = graphql(`
  mutation ImportStolenBikes($csv: String!) {
    importStolenBikes(csv: $csv) {
      added
      duplicates
      blockedListings
      problems {
        line
        message
      }
    }
  }
`);
