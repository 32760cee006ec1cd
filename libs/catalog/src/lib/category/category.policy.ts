import { Role, definePolicy, holdsRole } from '@flagship/api-core';

/** Shop departments: everyone browses them; brand managers add them. */
export const CategoryPolicy = definePolicy('category', {
  noun: 'Category',
  refuseAs: 'FORBIDDEN',
  rules: {
    manage: holdsRole(Role.BRAND_MANAGER),
  },
});
