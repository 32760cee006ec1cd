import { STOREFRONT_LOCALE } from './locale';

/**
 * Money in the storefront: the API sends amounts as integer minor units of an ISO 4217 currency
 * (`{ amountMinor: 189900, currency: 'EUR' }` is €1,899.00; `{ amountMinor: 1500, currency: 'JPY' }`
 * is ¥1,500). Every page formats and parses amounts here, so no page divides by 100 on its own.
 */
export interface Money {
  /** Integer minor units, exact up to 2^53 (the API's 64-bit amounts travel as JSON numbers). */
  amountMinor: number;
  /** ISO 4217 code, e.g. EUR. */
  currency: string;
}

/**
 * ISO 4217 minor-unit digits of the currencies that do not use two. Intl's own digits cannot be
 * used for this: they are CLDR's display digits, which differ from ISO 4217 for HUF, IDR, COP, IQD
 * and others (reading a HUF amount with them would be off a hundredfold). A unit test checks this
 * table against the ISO 4217 list (the `currency-codes` package) for every currency.
 */
const MINOR_UNIT_DIGITS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XAG XAU XBA XBB XBC XBD XDR XOF XPD XPF XPT XSU XTS XUA XXX'
      .split(' ')
      .map((code) => [code, 0]),
  ),
  ...Object.fromEntries('BHD IQD JOD KWD LYD OMR TND'.split(' ').map((code) => [code, 3])),
  CLF: 4,
  UYW: 4,
};

/** How many digits follow the decimal point in `currency`'s amounts: 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return MINOR_UNIT_DIGITS[currency.toUpperCase()] ?? 2;
}

/**
 * Minor units as an exact decimal string ("-1234.05"), built from the integer's digits rather than
 * by dividing a float, so amounts near 2^53 keep their last digit.
 */
function decimalString(amountMinor: number, digits: number): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`Not an amount in minor units: ${amountMinor}`);
  const sign = amountMinor < 0 ? '-' : '';
  const units = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + units;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let cached = formatters.get(key);
  if (!cached) {
    const digits = minorUnitDigits(currency);
    cached = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, cached);
  }
  return cached;
}

/** A localised price: `{ 189900, EUR }` → "€1,899.00", `{ 1500, JPY }` → "¥1,500", `{ 1500, KWD }` → "KWD 1.500". */
export function formatMoney(money: Money, locale: string = defaultLocale()): string {
  // Intl formats a decimal string exactly (ES2023); a number would round above 2^53 / 100.
  return formatter(locale, money.currency).format(decimalString(money.amountMinor, minorUnitDigits(money.currency)) as `${number}`);
}

/** The text an amount field starts with: 4990 EUR → "49.90", 1500 JPY → "1500" (no grouping, a point). */
export function moneyInputText(money: Money): string {
  return decimalString(money.amountMinor, minorUnitDigits(money.currency));
}

/**
 * A typed amount to minor units of `currency`: "49.90" or "49,90" → 4990 (EUR), "1500" → 1500 (JPY),
 * "1.5" → 1500 (KWD). Null when it is not a plain non-negative amount with at most the currency's
 * digits after the separator, or when it is too large to be exact.
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const fraction = digits > 0 ? `(?:[.,](\\d{1,${digits}}))?` : '';
  const match = new RegExp(`^(\\d+)${fraction}$`).exec(text.trim());
  if (!match) return null;
  const [, whole, part = ''] = match;
  const minor = Number(whole + part.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The storefront's language, not the browser's: see lib/locale.ts. */
function defaultLocale(): string {
  return STOREFRONT_LOCALE;
}
