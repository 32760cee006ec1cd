import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { request } from '@/lib/graphql-client';
import { useViewer } from '@/lib/session/session';
import { AddItemsToCartMutation, AddToCartMutation, MergeCartMutation, SetCartQuantityMutation } from '../graphql/cart';
import { cartQueries, type CartData } from '../queries';
import {
  addToBrowserCart,
  keepOnlyBrowserCartLines,
  readBrowserCart,
  setBrowserCartQuantity,
  subscribeToBrowserCart,
  unitsIn,
  writeBrowserCart,
  type BrowserCartLine,
} from './browser-cart';

const NO_LINES: readonly BrowserCartLine[] = [];

/**
 * One cart for the whole storefront: kept by the API for a signed-in shopper, in the browser for a
 * visitor (priced by the API either way). Every component calling it reads the same cart: a member's
 * through one query key that the mutations write their answer to, a visitor's through the shared
 * browser-cart store, whose lines are the query's key.
 */
export function useCart() {
  const { viewer, isLoading: viewerLoading } = useViewer();
  const client = useQueryClient();
  const browserLines = useSyncExternalStore(subscribeToBrowserCart, readBrowserCart, () => NO_LINES);
  const signedIn = Boolean(viewer);

  const query = useQuery({
    ...cartQueries.current(signedIn ? null : browserLines),
    enabled: !viewerLoading,
    // While a changed visitor cart is priced, keep showing the last priced one rather than nothing.
    placeholderData: keepPreviousData,
    // A member's cart may have changed in another tab or device.
    refetchOnWindowFocus: signedIn,
  });

  // The API leaves out what it no longer sells: drop those lines from the browser too, so the count agrees.
  const priced = !signedIn && query.data && !query.isPlaceholderData ? query.data : null;
  useEffect(() => {
    if (priced) keepOnlyBrowserCartLines(new Set(priced.items.map((item) => item.variant.id)));
  }, [priced]);

  const store = (cart: CartData) => client.setQueryData(cartQueries.current(null).queryKey, cart);

  // One cart change at a time, in the order made: each answer is the whole cart, so an older answer
  // arriving last would undo a newer change.
  const add = useMutation({
    scope: { id: 'cart' },
    mutationFn: async ({ variantId, quantity }: { variantId: string; quantity: number }) => {
      if (signedIn) return store((await request(AddToCartMutation, { variantId, quantity })).addToCart);
      addToBrowserCart(variantId, quantity);
    },
  });

  /** Several lines at once (a build's or guide's parts): one request for a member, one store write for a visitor. */
  const addMany = useMutation({
    scope: { id: 'cart' },
    mutationFn: async (lines: { variantId: string; quantity: number }[]) => {
      if (signedIn) return store((await request(AddItemsToCartMutation, { lines })).addItemsToCart);
      for (const line of lines) addToBrowserCart(line.variantId, line.quantity);
    },
  });

  const setQuantity = useMutation({
    scope: { id: 'cart' },
    // A member's stepper moves at once; the API's answer (with the new totals) replaces it.
    onMutate: ({ variantId, quantity }) => {
      if (!signedIn) return;
      client.setQueryData(cartQueries.current(null).queryKey, (cart) => cart && withQuantity(cart, variantId, quantity));
    },
    mutationFn: async ({ variantId, quantity }: { variantId: string; quantity: number }) => {
      if (signedIn) return store((await request(SetCartQuantityMutation, { variantId, quantity })).setCartQuantity);
      setBrowserCartQuantity(variantId, quantity);
    },
    onError: () => client.invalidateQueries({ queryKey: cartQueries.all }),
  });

  return {
    cart: query.data,
    /**
     * Units in the cart, not lines: a visitor's straight from the browser (right after a change, before
     * the API has priced it), a member's from the API's answer to the change.
     */
    itemCount: signedIn ? (query.data?.itemCount ?? 0) : unitsIn(browserLines),
    isLoading: query.isLoading || viewerLoading,
    /** True while a changed cart is being priced again (the totals shown are the previous ones). */
    isUpdating: query.isPlaceholderData || (query.isFetching && !query.isLoading) || add.isPending || addMany.isPending || setQuantity.isPending,
    error: query.error,
    add,
    addMany,
    setQuantity,
    signedIn,
  };
}

/** The cart with one line's quantity changed (0: gone), until the API answers with its own totals. */
function withQuantity(cart: CartData, variantId: string, quantity: number): CartData {
  const items = cart.items.flatMap((item) => (item.variant.id !== variantId ? [item] : quantity > 0 ? [{ ...item, quantity }] : []));
  return { ...cart, items, itemCount: items.reduce((sum, item) => sum + item.quantity, 0) };
}

/** At sign-in: moves the visitor's browser cart into their account. */
export async function mergeBrowserCart(): Promise<void> {
  const lines = readBrowserCart();
  if (lines.length === 0) return;
  await request(MergeCartMutation, { lines: [...lines] });
  writeBrowserCart([]);
}
