import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { CheckoutOptionsQuery, CheckoutQuoteQuery } from './graphql/checkout';

/** Every query key of the checkout feature, with the request behind it. */
export const checkoutQueries = {
  all: ['checkout'] as const,
  /** What the checkout offers (shipping methods, countries, saved addresses, payment) and whether the cart holds anything. */
  options: () => queryOptions({ queryKey: [...checkoutQueries.all, 'options'], queryFn: () => request(CheckoutOptionsQuery) }),
  /** The order summary: the cart priced by the API as the order would be, for this method and country. */
  quote: (shippingMethodId: string, country: string) =>
    queryOptions({
      queryKey: [...checkoutQueries.all, 'quote', { shippingMethodId, country }],
      queryFn: async () => (await request(CheckoutQuoteQuery, { shippingMethodId, country })).checkoutQuote,
    }),
};
