/**
 * The storefront's language, index.html's `lang`. Prices and dates are written in it rather than in
 * the browser's language, so a page the server renders has the same text the browser then hydrates
 * (decision 0023).
 */
export const STOREFRONT_LOCALE = 'en';
