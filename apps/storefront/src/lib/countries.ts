import { STOREFRONT_LOCALE } from '@/lib/locale';

/**
 * A country's name from its ISO 3166-1 alpha-2 code ("DE" → "Germany"), for addresses written out in
 * words: in the storefront's language, like its prices and dates (decision 0023). What is no code
 * comes back as it is.
 */
export function countryName(code: string, locale = STOREFRONT_LOCALE): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
