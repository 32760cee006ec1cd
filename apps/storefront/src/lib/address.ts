import { z } from 'zod';
import { requiredText } from '@/lib/forms';

/** A member's address book holds this many (the API's MAX_SAVED_ADDRESSES). */
export const ADDRESS_BOOK_SIZE = 10;

/** A country the shop ships to, with how its postcodes look (`TaxRate` in the API). */
export interface ShippingCountry {
  country: string;
  postcodePattern: string;
  postcodeExample: string | null;
}

/**
 * A delivery address as the API's ShippingAddressInput takes it, with the API's own messages. Every
 * problem shows at once, the postcode's format included: each country's pattern comes from the API
 * (`TaxRate.postcodePattern`), the one checkout and the address book apply, so the API's refusal is
 * only a second opinion.
 */
export function addressSchema(countries: readonly ShippingCountry[]) {
  const rules = new Map(countries.map((c) => [c.country, { pattern: new RegExp(c.postcodePattern), example: c.postcodeExample }]));
  return z
    .object({
      name: requiredText('Enter the recipient’s name'),
      line1: requiredText('Enter the street and number'),
      line2: z.string().trim(),
      postcode: z.string().trim().min(2, 'Enter the postcode').max(12, 'Enter the postcode'),
      city: requiredText('Enter the city'),
      country: z.string().refine((code) => rules.has(code), 'Choose a country we ship to'),
    })
    .superRefine((address, context) => {
      const rule = rules.get(address.country);
      const postcode = address.postcode.trim().toUpperCase();
      if (!rule || postcode.length < 2 || rule.pattern.test(postcode)) return;
      context.addIssue({ code: 'custom', path: ['postcode'], message: rule.example ? `Enter a postcode like ${rule.example}` : 'Enter a valid postcode' });
    });
}

export type AddressFormValues = z.input<ReturnType<typeof addressSchema>>;

export const blankAddress = (country: string): AddressFormValues => ({ name: '', line1: '', line2: '', postcode: '', city: '', country });

/** A saved address as the form holds it (line2 empty rather than null). */
export const toAddressFormValues = (address: { name: string; line1: string; line2?: string | null; postcode: string; city: string; country: string }): AddressFormValues => ({
  name: address.name,
  line1: address.line1,
  line2: address.line2 ?? '',
  postcode: address.postcode,
  city: address.city,
  country: address.country,
});

/** Whether two addresses are the same, as the API's address book compares them (trimmed, any case). */
export const sameAddress = (a: AddressFormValues, b: AddressFormValues) =>
  (['name', 'line1', 'line2', 'postcode', 'city', 'country'] as const).every((key) => a[key].trim().toLowerCase() === b[key].trim().toLowerCase());
