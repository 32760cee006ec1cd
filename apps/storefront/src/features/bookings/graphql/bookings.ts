import { graphql } from '@/gql';

export const ServiceCardFields = graphql(`
  fragment ServiceCardFields on ServiceOffer {
    productId
    durationMinutes
    capacity
    mode
    location
    timeZone
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
    vendor {
      id
      name
      slug
    }
  }
`);

export const ServicesQuery = graphql(`
  query Services {
    services {
      ...ServiceCardFields
    }
  }
`);

export const ServiceQuery = graphql(`
  query Service($slug: String!) {
    service(slug: $slug) {
      ...ServiceCardFields
      product {
        id
        status
        variants {
          id
        }
      }
      vendor {
        id
        serviceArea
        serviceRating {
          average
          count
        }
      }
      slots {
        id
        startsAt
        endsAt
        seatsLeft
      }
    }
  }
`);

export const HoldSlotMutation = graphql(`
  mutation HoldSlot($slotId: ID!) {
    holdSlot(slotId: $slotId) {
      id
      status
      holdExpiresAt
    }
  }
`);

export const BookingFields = graphql(`
  fragment BookingFields on Booking {
    id
    status
    seats
    startsAt
    endsAt
    amountMinor
    currency
    refundedMinor
    refundableUntil
    meetingUrl
    cancelReason
    buyerName
    viewerIsBuyer
    service {
      productId
      mode
      location
      timeZone
      durationMinutes
    }
    product {
      id
      slug
      name
    }
    vendor {
      id
      name
    }
    reviews {
      authorSide
      rating
      text
    }
  }
`);

export const MyBookingsQuery = graphql(`
  query MyBookings {
    myBookings {
      ...BookingFields
    }
  }
`);

export const VendorBookingsQuery = graphql(`
  query VendorBookings($vendorId: ID!, $after: String) {
    vendorBookings(vendorId: $vendorId, first: 15, after: $after) {
      nodes {
        ...BookingFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const VendorServicesQuery = graphql(`
  query VendorServices($vendorId: ID!) {
    vendorServices(vendorId: $vendorId) {
      productId
      durationMinutes
      capacity
      timeZone
      product {
        id
        slug
        name
        status
      }
      vendorSlots {
        id
        startsAt
        endsAt
        capacity
        seatsLeft
      }
    }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!, $reason: String) {
    cancelBooking(id: $id, reason: $reason) {
      id
      status
      refundedMinor
    }
  }
`);

export const ConfirmBookingMutation = graphql(`
  mutation ConfirmBooking($id: ID!) {
    confirmBooking(id: $id) {
      id
      status
    }
  }
`);

export const CompleteBookingMutation = graphql(`
  mutation CompleteBooking($id: ID!) {
    completeBooking(id: $id) {
      id
      status
    }
  }
`);

export const ReviewBookingMutation = graphql(`
  mutation ReviewBooking($input: ReviewBookingInput!) {
    reviewBooking(input: $input) {
      authorSide
      rating
    }
  }
`);

export const AddServiceSlotsMutation = graphql(`
  mutation AddServiceSlots($input: AddServiceSlotsInput!) {
    addServiceSlots(input: $input) {
      id
    }
  }
`);

export const RemoveServiceSlotMutation = graphql(`
  mutation RemoveServiceSlot($slotId: ID!) {
    removeServiceSlot(slotId: $slotId)
  }
`);

export const CreateServiceListingMutation = graphql(`
  mutation CreateServiceListing($input: CreateServiceListingInput!) {
    createServiceListing(input: $input) {
      productId
    }
  }
`);

export const ServiceCategoriesQuery = graphql(`
  query ServiceCategories {
    categories {
      id
      name
    }
  }
`);
