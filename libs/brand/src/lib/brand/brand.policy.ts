import { Role, definePolicy, holdsRole } from '@flagship/api-core';

/** Who may change the brand's profile and images: its brand managers. Everyone may read it. */
export const BrandPolicy = definePolicy('brand', {
  noun: 'Brand',
  refuseAs: 'FORBIDDEN',
  rules: {
    manage: holdsRole(Role.BRAND_MANAGER),
  },
});
