/**
 * A country's name from its ISO 3166-1 alpha-2 code ("DE" → "Germany"), in the browser's language
 * when it knows one, for addresses written out in words. Unknown codes come back as they are.
 */
export function countryName(code: string, locale = typeof navigator === 'undefined' ? 'en' : navigator.language): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
