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

/** Null when the postcode fits the country; otherwise a message for the buyer. */
export function postcodeProblem(country: string, postcode: string): string | null {
  const normalised = postcode.trim().toUpperCase();
  const rule = POSTCODES[country];
  if (rule) return rule.pattern.test(normalised) ? null : `Enter a postcode like ${rule.example}`;
  return /^[A-Z0-9 -]{2,10}$/.test(normalised) ? null : 'Enter a valid postcode';
}
