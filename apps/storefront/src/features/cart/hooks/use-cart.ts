import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CartFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useViewer } from '@/lib/session/session';
import { AddToCartMutation, MergeCartMutation, SetCartQuantityMutation } from '../graphql/cart';
import { cartQueries } from '../queries';
import { addToBrowserCart, readBrowserCart, setBrowserCartQuantity, writeBrowserCart } from './browser-cart';

/**
 * One cart for the whole storefront: kept by the API for a signed-in shopper, in the browser for a
 * visitor (priced by the API either way).
 */
export function useCart() {
  const { viewer, isLoading: viewerLoading } = useViewer();
  const client = useQueryClient();
  const [browserLines, setBrowserLines] = useState(readBrowserCart);
  const signedIn = Boolean(viewer);

  const query = useQuery({ ...cartQueries.current(signedIn ? null : browserLines), enabled: !viewerLoading });

  const store = (cart: CartFieldsFragment) => client.setQueryData(cartQueries.current(null).queryKey, cart);

  const add = useMutation({
    mutationFn: async ({ variantId, quantity }: { variantId: string; quantity: number }) => {
      if (signedIn) return store((await request(AddToCartMutation, { variantId, quantity })).addToCart);
      setBrowserLines(addToBrowserCart(variantId, quantity));
    },
  });

  const setQuantity = useMutation({
    mutationFn: async ({ variantId, quantity }: { variantId: string; quantity: number }) => {
      if (signedIn) return store((await request(SetCartQuantityMutation, { variantId, quantity })).setCartQuantity);
      setBrowserLines(setBrowserCartQuantity(variantId, quantity));
    },
  });

  return { cart: query.data, isLoading: query.isLoading || viewerLoading, error: query.error, add, setQuantity, signedIn };
}

/** At sign-in: moves the visitor's browser cart into their account. */
export async function mergeBrowserCart(): Promise<void> {
  const lines = readBrowserCart();
  if (lines.length === 0) return;
  await request(MergeCartMutation, { lines });
  writeBrowserCart([]);
}
