import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { CheckoutOptionsQuery } from './graphql/checkout';

/** Every query key of the checkout feature, with the request behind it. */
export const checkoutQueries = {
  all: ['checkout'] as const,
  /** What the checkout offers (shipping methods, countries, payment) and the cart it is for. */
  options: () => queryOptions({ queryKey: [...checkoutQueries.all, 'options'], queryFn: () => request(CheckoutOptionsQuery) }),
};
