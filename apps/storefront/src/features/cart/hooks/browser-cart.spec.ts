import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addToBrowserCart, keepOnlyBrowserCartLines, readBrowserCart, setBrowserCartQuantity, subscribeToBrowserCart, unitsIn, writeBrowserCart } from './browser-cart';

/** localStorage as a Map, and the window's `storage` listeners, in Node. */
function fakeBrowser() {
  const items = new Map<string, string>();
  const storageListeners = new Set<(event: StorageEvent) => void>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
  vi.stubGlobal('addEventListener', (type: string, listener: (event: StorageEvent) => void) => type === 'storage' && storageListeners.add(listener));
  vi.stubGlobal('removeEventListener', (type: string, listener: (event: StorageEvent) => void) => storageListeners.delete(listener));
  return {
    items,
    /** What another tab writing the cart looks like here. */
    otherTabWrites(value: string) {
      items.set('flagship.cart', value);
      for (const listener of storageListeners) listener({ key: 'flagship.cart' } as StorageEvent);
    },
  };
}

describe('the browser cart store', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    browser = fakeBrowser();
  });
  afterEach(() => {
    writeBrowserCart([]);
    vi.unstubAllGlobals();
  });

  it('tells every subscriber about a change, so the header counts what a product page added', () => {
    const header = vi.fn();
    const unsubscribe = subscribeToBrowserCart(header);
    addToBrowserCart('bike', 1);
    addToBrowserCart('bottle', 2);
    expect(header).toHaveBeenCalledTimes(2);
    expect(unitsIn(readBrowserCart())).toBe(3);
    unsubscribe();
    addToBrowserCart('bike', 1);
    expect(header).toHaveBeenCalledTimes(2);
  });

  it('hands out the same lines until they change (what useSyncExternalStore needs), then new ones', () => {
    addToBrowserCart('bike', 1);
    const first = readBrowserCart();
    expect(readBrowserCart()).toBe(first);
    setBrowserCartQuantity('bike', 4);
    expect(readBrowserCart()).not.toBe(first);
    expect(readBrowserCart()).toEqual([{ variantId: 'bike', quantity: 4 }]);
  });

  it('hears another tab’s change through the storage event', () => {
    const listener = vi.fn();
    subscribeToBrowserCart(listener);
    browser.otherTabWrites(JSON.stringify([{ variantId: 'helmet', quantity: 2 }]));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(unitsIn(readBrowserCart())).toBe(2);
  });

  it('adds to a line up to 99, removes a line set to 0, and forgets the key when empty', () => {
    addToBrowserCart('bike', 98);
    addToBrowserCart('bike', 5);
    expect(readBrowserCart()).toEqual([{ variantId: 'bike', quantity: 99 }]);
    setBrowserCartQuantity('bike', 0);
    expect(readBrowserCart()).toEqual([]);
    expect(browser.items.has('flagship.cart')).toBe(false);
  });

  it('drops the lines the API no longer sells, and writes nothing when all are sold', () => {
    addToBrowserCart('bike', 1);
    addToBrowserCart('archived', 2);
    const listener = vi.fn();
    subscribeToBrowserCart(listener);
    keepOnlyBrowserCartLines(new Set(['bike', 'archived']));
    expect(listener).not.toHaveBeenCalled();
    keepOnlyBrowserCartLines(new Set(['bike']));
    expect(readBrowserCart()).toEqual([{ variantId: 'bike', quantity: 1 }]);
  });

  it('reads a damaged entry as an empty cart', () => {
    browser.items.set('flagship.cart', '{not json');
    expect(readBrowserCart()).toEqual([]);
    browser.items.set('flagship.cart', JSON.stringify([{ variantId: 'bike', quantity: -1 }, { variantId: 7, quantity: 1 }, { variantId: 'ok', quantity: 2 }]));
    expect(readBrowserCart()).toEqual([{ variantId: 'ok', quantity: 2 }]);
  });
});
