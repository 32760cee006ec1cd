/**
 * A signed-out visitor's cart: variant ids and quantities in localStorage, priced by the API.
 *
 * One store for the whole page, not a copy per component: every reader (the header's count, the
 * drawer, the cart page, "Add to cart") subscribes to it (`useSyncExternalStore`), so a change made by
 * one is seen by all at once, and by the shop's other tabs through the `storage` event. (Each
 * component once kept its own copy, read when it mounted: the header never saw the adds made on a
 * product page until a reload. Issue 9.)
 */
const KEY = 'flagship.cart';
const MAX = 99;

export interface BrowserCartLine {
  variantId: string;
  quantity: number;
}

const EMPTY: readonly BrowserCartLine[] = Object.freeze([]);
const listeners = new Set<() => void>();
// The snapshot handed to React must stay the same object until the stored text changes.
let snapshot: { raw: string | null; lines: readonly BrowserCartLine[] } = { raw: null, lines: EMPTY };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage blocked (privacy settings): the cart lives as long as the page.
    return null;
  }
}

function parse(raw: string | null): readonly BrowserCartLine[] {
  if (!raw) return EMPTY;
  try {
    const lines: unknown = JSON.parse(raw);
    if (!Array.isArray(lines)) return EMPTY;
    return lines
      .filter((l): l is BrowserCartLine => typeof l?.variantId === 'string' && Number.isInteger(l?.quantity) && l.quantity > 0)
      .map(({ variantId, quantity }) => ({ variantId, quantity: Math.min(MAX, quantity) }));
  } catch {
    return EMPTY;
  }
}

/** The lines now: the same array as long as nothing changed (what useSyncExternalStore needs). */
export function readBrowserCart(): readonly BrowserCartLine[] {
  const raw = storage()?.getItem(KEY) ?? null;
  if (raw !== snapshot.raw) snapshot = { raw, lines: parse(raw) };
  return snapshot.lines;
}

/** Calls `listener` after every change, in this tab or (through the `storage` event) another. */
export function subscribeToBrowserCart(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    // null: the other tab cleared all storage.
    if (event.key === KEY || event.key === null) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

export function writeBrowserCart(lines: readonly BrowserCartLine[]): void {
  const store = storage();
  if (lines.length === 0) store?.removeItem(KEY);
  else store?.setItem(KEY, JSON.stringify(lines));
  for (const listener of [...listeners]) listener();
}

export function addToBrowserCart(variantId: string, quantity: number): readonly BrowserCartLine[] {
  const lines = readBrowserCart().map((line) => ({ ...line }));
  const line = lines.find((l) => l.variantId === variantId);
  if (line) line.quantity = Math.min(MAX, line.quantity + quantity);
  else lines.push({ variantId, quantity: Math.min(MAX, quantity) });
  writeBrowserCart(lines);
  return readBrowserCart();
}

/** Sets a line's quantity; 0 removes it. */
export function setBrowserCartQuantity(variantId: string, quantity: number): readonly BrowserCartLine[] {
  const lines = readBrowserCart()
    .map((l) => (l.variantId === variantId ? { ...l, quantity: Math.min(MAX, quantity) } : l))
    .filter((l) => l.quantity > 0);
  writeBrowserCart(lines);
  return readBrowserCart();
}

/** Drops lines the API no longer sells (it leaves them out when it prices the cart), so the count agrees with the cart. */
export function keepOnlyBrowserCartLines(variantIds: ReadonlySet<string>): void {
  const lines = readBrowserCart();
  const kept = lines.filter((line) => variantIds.has(line.variantId));
  if (kept.length !== lines.length) writeBrowserCart(kept);
}

/** Units in the cart (two of one bike and a bottle are 3): what the header counts. */
export const unitsIn = (lines: readonly BrowserCartLine[]) => lines.reduce((sum, line) => sum + line.quantity, 0);
