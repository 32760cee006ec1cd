/** A signed-out visitor's cart: variant ids and quantities in localStorage, priced by the API. */
const KEY = 'flagship.cart';
const MAX = 99;

export interface BrowserCartLine {
  variantId: string;
  quantity: number;
}

export function readBrowserCart(): BrowserCartLine[] {
  try {
    const lines: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(lines) ? lines.filter((l): l is BrowserCartLine => typeof l?.variantId === 'string' && Number.isInteger(l?.quantity) && l.quantity > 0) : [];
  } catch {
    return [];
  }
}

export function writeBrowserCart(lines: BrowserCartLine[]): void {
  if (lines.length === 0) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(lines));
}

export function addToBrowserCart(variantId: string, quantity: number): BrowserCartLine[] {
  const lines = readBrowserCart();
  const line = lines.find((l) => l.variantId === variantId);
  if (line) line.quantity = Math.min(MAX, line.quantity + quantity);
  else lines.push({ variantId, quantity: Math.min(MAX, quantity) });
  writeBrowserCart(lines);
  return lines;
}

export function setBrowserCartQuantity(variantId: string, quantity: number): BrowserCartLine[] {
  const lines = readBrowserCart()
    .map((l) => (l.variantId === variantId ? { ...l, quantity: Math.min(MAX, quantity) } : l))
    .filter((l) => l.quantity > 0);
  writeBrowserCart(lines);
  return lines;
}
