import { graphql } from '@/gql';

export const ShopSettingsQuery = graphql(`
  query ManageShopSettings {
    manageShippingMethods {
      id
      name
      active
      position
      price {
        amountMinor
        currency
      }
      freeAbove {
        amountMinor
      }
    }
    taxRates {
      country
      rateBp
    }
    shopSettings {
      pricesIncludeTax
      reservationMinutes
    }
  }
`);

export const CreateShippingMethodMutation = graphql(`
  mutation CreateShippingMethod($input: ShippingMethodInput!) {
    createShippingMethod(input: $input) {
      id
    }
  }
`);

export const UpdateShippingMethodMutation = graphql(`
  mutation UpdateShippingMethod($id: ID!, $input: UpdateShippingMethodInput!) {
    updateShippingMethod(id: $id, input: $input) {
      id
      active
    }
  }
`);

export const SetTaxRateMutation = graphql(`
  mutation SetTaxRate($country: String!, $rateBp: Int!) {
    setTaxRate(country: $country, rateBp: $rateBp) {
      country
      rateBp
    }
  }
`);

export const RemoveTaxRateMutation = graphql(`
  mutation RemoveTaxRate($country: String!) {
    removeTaxRate(country: $country)
  }
`);

export const UpdateShopSettingsMutation = graphql(`
  mutation UpdateShopSettings($input: ShopSettingsInput!) {
    updateShopSettings(input: $input) {
      pricesIncludeTax
      reservationMinutes
    }
  }
`);
