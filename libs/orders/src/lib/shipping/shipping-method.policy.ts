import { Role, definePolicy, holdsRole, resourceIs } from '@flagship/api-core';
import type { ShippingMethod } from './shipping-method.entity';

/** Shoppers choose among the active methods; brand managers manage all of them. */
export const ShippingMethodPolicy = definePolicy('shipping_method', {
  noun: 'Shipping method',
  refuseAs: 'NOT_FOUND',
  rules: {
    choose: resourceIs((method: Pick<ShippingMethod, 'active'>) => method.active, 'an active method'),
    manage: holdsRole(Role.BRAND_MANAGER),
  },
});
