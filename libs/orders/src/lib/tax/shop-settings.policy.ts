import { Role, definePolicy, holdsRole } from '@flagship/api-core';

/** Where the shop ships, at which tax rates, and how it shows prices: everyone reads them; brand managers change them. */
export const ShopSettingsPolicy = definePolicy('shop_settings', {
  noun: 'Shop settings',
  refuseAs: 'FORBIDDEN',
  rules: {
    manage: holdsRole(Role.BRAND_MANAGER),
  },
});
