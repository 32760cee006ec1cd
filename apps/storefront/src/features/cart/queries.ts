import { queryOptions } from '@tanstack/react-query';
import type { CartQuery as CartQueryResult } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { CartPreviewQuery, CartQuery } from './graphql/cart';
import type { BrowserCartLine } from './hooks/browser-cart';

/** A priced cart, as every cart document of this feature asks for it. */
export type CartData = CartQueryResult['cart'];

/** Every query key of the cart feature, with the request behind it. */
export const cartQueries = {
  all: ['cart'] as const,
  /**
   * The shopper's cart: with `browserLines` null, a signed-in shopper's, kept by the API; otherwise a
   * visitor's, the lines kept in the browser, priced by the API. The lines are part of the key, so a
   * changed browser cart is a new query that every reader of the cart switches to at once.
   */
  current: (browserLines: readonly BrowserCartLine[] | null) =>
    queryOptions({
      queryKey: [...cartQueries.all, browserLines ? 'browser' : 'account', browserLines],
      queryFn: async (): Promise<CartData> =>
        browserLines ? (await request(CartPreviewQuery, { lines: [...browserLines] })).cartPreview : (await request(CartQuery)).cart,
    }),
};
