import { Role, definePolicy, holdsRole } from '@flagship/api-core';

/** The marketplace's settings and commission rules: brand managers only, to read and to change. */
export const MarketplaceSettingsPolicy = definePolicy('marketplace_settings', {
  noun: 'Marketplace settings',
  refuseAs: 'FORBIDDEN',
  rules: {
    manage: holdsRole(Role.BRAND_MANAGER),
  },
});
