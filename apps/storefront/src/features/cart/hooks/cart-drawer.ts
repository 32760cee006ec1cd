import { useSyncExternalStore } from 'react';

/**
 * Whether the cart drawer is open: one flag for the page, so "Add to cart" on a product page opens
 * the drawer the header renders.
 */
let open = false;
const listeners = new Set<() => void>();

export function setCartDrawerOpen(next: boolean): void {
  if (next === open) return;
  open = next;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCartDrawerOpen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => open,
    () => false,
  );
}
