import { graphql } from '@/gql';

export const AddressBookQuery = graphql(`
  query AddressBook {
    savedAddresses {
      id
      name
      line1
      line2
      city
      postcode
      country
      isDefault
    }
    taxRates {
      country
      postcodePattern
      postcodeExample
    }
  }
`);

export const AddSavedAddressMutation = graphql(`
  mutation AddSavedAddress($input: SavedAddressInput!) {
    addSavedAddress(input: $input) {
      id
    }
  }
`);

export const UpdateSavedAddressMutation = graphql(`
  mutation UpdateSavedAddress($id: ID!, $input: SavedAddressInput!) {
    updateSavedAddress(id: $id, input: $input) {
      id
    }
  }
`);

export const RemoveSavedAddressMutation = graphql(`
  mutation RemoveSavedAddress($id: ID!) {
    removeSavedAddress(id: $id) {
      id
    }
  }
`);

export const SetDefaultSavedAddressMutation = graphql(`
  mutation SetDefaultSavedAddress($id: ID!) {
    setDefaultSavedAddress(id: $id) {
      id
    }
  }
`);
