import { useSyncExternalStore } from 'react';

/**
 * Whether the cart drawer is open: one flag for the page, so "Add to cart" on a product page opens
 * the drawer the header renders. Where focus goes when it closes is decided with it: back to the
 * control that opened it ("Add to cart"), to the header's button (the default), or nowhere when a
 * link in the drawer leads to another page (that page's heading takes focus).
 */
let open = false;
let focusOnClose: HTMLElement | 'next-page' | null = null;
const listeners = new Set<() => void>();

export function setCartDrawerOpen(next: boolean, options: { returnFocusTo?: HTMLElement | null } = {}): void {
  if (next && options.returnFocusTo) focusOnClose = options.returnFocusTo;
  if (next === open) return;
  open = next;
  for (const listener of [...listeners]) listener();
}

/** Closes the drawer for a link inside it: the next page puts focus on its heading. */
export function closeCartDrawerForNavigation(): void {
  focusOnClose = 'next-page';
  setCartDrawerOpen(false);
}

/** For the drawer's `onCloseAutoFocus`: applies (and forgets) where focus should go. */
export function moveFocusOnClose(event: Event): void {
  const target = focusOnClose;
  focusOnClose = null;
  if (target === 'next-page') event.preventDefault();
  else if (target?.isConnected) {
    event.preventDefault();
    target.focus();
  }
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
