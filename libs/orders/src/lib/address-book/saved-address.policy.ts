import { definePolicy, isAccount } from '@flagship/api-core';
import type { SavedAddress } from './saved-address.entity';

/** A saved address is its owner's alone: for anyone else, brand managers included, it does not exist. */
export const SavedAddressPolicy = definePolicy('saved_address', {
  noun: 'Saved address',
  refuseAs: 'NOT_FOUND',
  rules: {
    manage: isAccount((address: Pick<SavedAddress, 'accountId'>) => address.accountId, 'its owner'),
  },
});
