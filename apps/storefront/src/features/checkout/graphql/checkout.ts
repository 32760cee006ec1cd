import { graphql } from '@/gql';

export const SavedAddressFields = graphql(`
  fragment SavedAddressFields on SavedAddress {
    id
    name
    line1
    line2
    city
    postcode
    country
    isDefault
  }
`);

export const CheckoutOptionsQuery = graphql(`
  query CheckoutOptions {
    cart {
      itemCount
    }
    shippingMethods {
      id
      name
      price {
        amountMinor
        currency
      }
      freeAbove {
        amountMinor
        currency
      }
    }
    taxRates {
      country
      rateBp
      postcodePattern
      postcodeExample
    }
    savedAddresses {
      ...SavedAddressFields
    }
    paymentSettings {
      provider
      testMode
      stripePublishableKey
    }
  }
`);

export const CheckoutQuoteQuery = graphql(`
  query CheckoutQuote($shippingMethodId: ID!, $country: String!) {
    checkoutQuote(shippingMethodId: $shippingMethodId, country: $country) {
      itemCount
      items {
        quantity
        available
        unitPrice {
          amountMinor
          currency
        }
        lineTotal {
          amountMinor
          currency
        }
        variant {
          id
          name
          stock
        }
        product {
          id
          slug
          name
          sellerName
        }
        booking {
          id
          startsAt
          endsAt
          holdExpiresAt
          timeZone
        }
        image {
          url
          alt
          width
          height
          srcset
        }
      }
      subtotal {
        amountMinor
        currency
      }
      shipping {
        amountMinor
        currency
      }
      freeShipping
      nothingToShip
      freeShippingShortfall {
        amountMinor
        currency
      }
      tax {
        amountMinor
        currency
      }
      taxRateBp
      pricesIncludeTax
      total {
        amountMinor
        currency
      }
      shippingMethod {
        id
        name
      }
      country
    }
  }
`);

export const CheckoutMutation = graphql(`
  mutation PlaceOrder($input: CheckoutInput!) {
    checkout(input: $input) {
      order {
        id
        number
        status
        total {
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
  }
`);
