import { graphql } from '@/gql';

export const SellerListingsQuery = graphql(`
  query SellerListings($vendorId: ID!, $first: Int!, $after: String) {
    sellerListings(vendorId: $vendorId, first: $first, after: $after) {
      nodes {
        productId
        offerKind
        status
        reviewReason
        submittedAt
        sellerName
        pendingRevision {
          title
          priceMinor
          submittedAt
        }
        product {
          id
          slug
          name
          description
          priceFrom {
            amountMinor
            currency
          }
          images {
            id
            url
            srcset
            alt
            width
            height
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
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ListingEditQuery = graphql(`
  query ListingEdit($productId: ID!) {
    listing(productId: $productId) {
      productId
      status
      reviewReason
      submittedAt
      sellerName
      pendingRevision {
        title
        priceMinor
        submittedAt
      }
      product {
        id
        slug
        name
        description
        priceFrom {
          amountMinor
          currency
        }
        images {
          id
          url
          srcset
          alt
          width
          height
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
      }
      sellerKind
      sellerId
      product {
        id
        category {
          id
        }
        specs {
          label
          value
        }
      }
    }
  }
`);

export const ListingCategoriesQuery = graphql(`
  query ListingCategories {
    categories {
      id
      name
    }
  }
`);

export const ListingReviewQueueQuery = graphql(`
  query ListingReviewQueue($first: Int!, $after: String) {
    listingReviewQueue(first: $first, after: $after) {
      nodes {
        productId
        offerKind
        status
        reviewReason
        submittedAt
        sellerName
        pendingRevision {
          title
          priceMinor
          submittedAt
        }
        product {
          id
          slug
          name
          description
          priceFrom {
            amountMinor
            currency
          }
          images {
            id
            url
            srcset
            alt
            width
            height
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
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateVendorListingMutation = graphql(`
  mutation CreateVendorListing($vendorId: ID!, $input: CreateVendorListingInput!) {
    createVendorListing(vendorId: $vendorId, input: $input) {
      productId
      status
    }
  }
`);

export const UpdateListingMutation = graphql(`
  mutation UpdateListing($productId: ID!, $input: UpdateListingInput!) {
    updateListing(productId: $productId, input: $input) {
      productId
      status
      pendingRevision {
        title
        priceMinor
      }
    }
  }
`);

export const SetListingStockMutation = graphql(`
  mutation SetListingStock($variantId: ID!, $stock: Int!) {
    setListingStock(variantId: $variantId, stock: $stock) {
      id
      stock
    }
  }
`);

export const WithdrawListingMutation = graphql(`
  mutation WithdrawListing($productId: ID!) {
    withdrawListing(productId: $productId) {
      productId
      status
    }
  }
`);

export const ApproveListingMutation = graphql(`
  mutation ApproveListing($productId: ID!) {
    approveListing(productId: $productId) {
      productId
      status
    }
  }
`);

export const RejectListingMutation = graphql(`
  mutation RejectListing($productId: ID!, $reason: String!) {
    rejectListing(productId: $productId, reason: $reason) {
      productId
      status
    }
  }
`);

export const ApproveListingRevisionMutation = graphql(`
  mutation ApproveListingRevision($productId: ID!) {
    approveListingRevision(productId: $productId) {
      productId
      status
    }
  }
`);

export const DeclineListingRevisionMutation = graphql(`
  mutation DeclineListingRevision($productId: ID!, $reason: String!) {
    declineListingRevision(productId: $productId, reason: $reason) {
      productId
      status
    }
  }
`);
