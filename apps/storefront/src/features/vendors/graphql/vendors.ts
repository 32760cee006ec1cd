import { graphql } from '@/gql';

// Inline selections rather than fragments: the API's depth limit counts a fragment spread as a level.
export const VendorDirectoryQuery = graphql(`
  query VendorDirectory($first: Int, $after: String) {
    vendors(first: $first, after: $after) {
      nodes {
        id
        slug
        name
        description
        serviceArea
        categories {
          id
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

export const VendorQuery = graphql(`
  query Vendor($slug: String!) {
    vendor(slug: $slug) {
      id
      slug
      name
      description
      website
      serviceArea
      status
      suspensionReason
      createdAt
      categories {
        id
        name
        slug
      }
    }
  }
`);

/** A vendor's products of one offer kind (goods or services), as small cards. */
export const VendorOffersQuery = graphql(`
  query VendorOffers($sellerId: ID!, $offerKind: OfferKind!) {
    products(filter: { sellerId: $sellerId, offerKind: $offerKind }, first: 24) {
      nodes {
        id
        slug
        name
        offerKind
        priceFrom {
          amountMinor
          currency
        }
        images {
          id
          url
          alt
          width
          height
          srcset
        }
      }
    }
  }
`);

/** A vendor's published services, with what a shopper compares: price, duration, where. */
export const VendorServiceOffersQuery = graphql(`
  query VendorServiceOffers($vendorId: ID!) {
    services(vendorId: $vendorId) {
      productId
      durationMinutes
      mode
      product {
        id
        slug
        name
        description
        priceFrom {
          amountMinor
          currency
        }
      }
    }
  }
`);

export const MyVendorApplicationQuery = graphql(`
  query MyVendorApplication {
    myVendorApplication {
      id
      status
      businessName
      reason
      createdAt
      decidedAt
      vendor {
        id
        slug
        name
      }
    }
    categories {
      id
      name
    }
  }
`);

export const ApplyAsVendorMutation = graphql(`
  mutation ApplyAsVendor($input: ApplyAsVendorInput!) {
    applyAsVendor(input: $input) {
      id
      status
    }
  }
`);

export const VendorApplicationsQuery = graphql(`
  query VendorApplications($status: VendorApplicationStatus, $after: String) {
    vendorApplications(status: $status, first: 50, after: $after) {
      nodes {
        id
        status
        businessName
        description
        website
        serviceArea
        reason
        createdAt
        applicant {
          id
          displayName
        }
        categories {
          id
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

export const ManageVendorsQuery = graphql(`
  query ManageVendors($after: String) {
    manageVendors(first: 50, after: $after) {
      nodes {
        id
        slug
        name
        serviceArea
        status
        suspensionReason
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ApproveVendorApplicationMutation = graphql(`
  mutation ApproveVendorApplication($id: ID!) {
    approveVendorApplication(id: $id) {
      id
      status
      vendor {
        id
        slug
      }
    }
  }
`);

export const RejectVendorApplicationMutation = graphql(`
  mutation RejectVendorApplication($id: ID!, $reason: String!) {
    rejectVendorApplication(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const SuspendVendorMutation = graphql(`
  mutation SuspendVendor($vendorId: ID!, $reason: String!) {
    suspendVendor(vendorId: $vendorId, reason: $reason) {
      id
      status
    }
  }
`);

export const ReinstateVendorMutation = graphql(`
  mutation ReinstateVendor($vendorId: ID!) {
    reinstateVendor(vendorId: $vendorId) {
      id
      status
    }
  }
`);

export const VendorTeamQuery = graphql(`
  query VendorTeam($vendorId: ID!) {
    vendorTeam(vendorId: $vendorId) {
      accountId
      displayName
      role
      joinedAt
    }
  }
`);

export const InviteVendorStaffMutation = graphql(`
  mutation InviteVendorStaff($vendorId: ID!, $email: String!) {
    inviteVendorStaff(vendorId: $vendorId, email: $email) {
      accountId
    }
  }
`);

export const RemoveVendorStaffMutation = graphql(`
  mutation RemoveVendorStaff($vendorId: ID!, $accountId: ID!) {
    removeVendorStaff(vendorId: $vendorId, accountId: $accountId) {
      accountId
    }
  }
`);
