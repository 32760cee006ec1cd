/**
 * The order numbers a back-office search could mean: what was typed, upper-cased without spaces, `#`
 * or dashes, and that with the dash put back (`7kq4 m2xd` → `7KQ4M2XD`, `7KQ4-M2XD`). Matched exactly,
 * through the unique index on shop_order.number; numbers from before issue 8 ("42") match as typed.
 */
export function orderNumberCandidates(text: string): string[] {
  const compact = text.toUpperCase().replace(/[\s#-]/g, '');
  if (!compact) return [];
  return /^[0-9A-Z]{8}$/.test(compact) ? [compact, `${compact.slice(0, 4)}-${compact.slice(4)}`] : [compact];
}

/** An email address rather than an order number: it has an @. */
export const looksLikeEmail = (text: string): boolean => text.includes('@');
