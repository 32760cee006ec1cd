/** Minor units (cents) to a localised price, e.g. 189900 EUR → "€1,899.00". */
export function formatPrice(minor: number, currency: string, locale = navigator.language): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}
