import { Role, definePolicy, holdsRole } from '@flagship/api-core';

/** The brand's name, colours and home page: everyone sees them; brand managers change them. */
export const BrandPolicy = definePolicy('brand', {
  noun: 'Brand',
  refuseAs: 'FORBIDDEN',
  rules: {
    manage: holdsRole(Role.BRAND_MANAGER),
  },
});
