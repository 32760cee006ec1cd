import { graphql } from '@/gql';

export const CheckoutOptionsQuery = graphql(`
  query CheckoutOptions {
    cart {
      itemCount
      subtotal {
        amountMinor
        currency
      }
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
    }
    shopSettings {
      pricesIncludeTax
    }
    paymentSettings {
      provider
      testMode
      stripePublishableKey
    }
  }
`);

export const CheckoutMutation = graphql(`
  mutation PlaceOrder($input: CheckoutInput!) {
    checkout(input: $input) {
      order {
        id
        status
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
