/** Postcode formats of the countries a shop commonly ships to; others need 2-10 letters or digits. */
const POSTCODES: Record<string, { pattern: RegExp; example: string }> = {
  AT: { pattern: /^\d{4}$/, example: '1010' },
  BE: { pattern: /^\d{4}$/, example: '1000' },
  CH: { pattern: /^\d{4}$/, example: '8001' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  DK: { pattern: /^\d{4}$/, example: '1050' },
  ES: { pattern: /^\d{5}$/, example: '28001' },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
  IE: { pattern: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/, example: 'D02 AF30' },
  IT: { pattern: /^\d{5}$/, example: '00118' },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: '1012 AB' },
  PL: { pattern: /^\d{2}-\d{3}$/, example: '00-001' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '111 22' },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '94105' },
};

const ANY_POSTCODE = /^[A-Z0-9 -]{2,10}$/;

/**
 * How a postcode of `country` looks (upper-case, trimmed) and an example, or null for a country with
 * no rule of its own. Sent to the storefront with the shipping countries (`TaxRate.postcodePattern`),
 * so the checkout form says what is wrong with a postcode together with every other field.
 */
export function postcodeRule(country: string): { pattern: RegExp; example: string | null } {
  return POSTCODES[country] ?? { pattern: ANY_POSTCODE, example: null };
}

/** Null when the postcode fits the country; otherwise a message for the buyer. */
export function postcodeProblem(country: string, postcode: string): string | null {
  const { pattern, example } = postcodeRule(country);
  if (pattern.test(postcode.trim().toUpperCase())) return null;
  return example ? `Enter a postcode like ${example}` : 'Enter a valid postcode';
}
