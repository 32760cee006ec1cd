import type { Role } from '../../gql/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  CONSUMER: 'Member',
  VENDOR: 'Vendor',
  BRAND_MANAGER: 'Brand manager',
};
