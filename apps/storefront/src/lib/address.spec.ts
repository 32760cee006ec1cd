import { describe, expect, it } from 'vitest';
import { addressSchema, sameAddress } from './address';

const countries = [
  { country: 'DE', postcodePattern: '^\\d{5}$', postcodeExample: '10115' },
  { country: 'NO', postcodePattern: '^[A-Z0-9 -]{2,10}$', postcodeExample: null },
];
const issues = (input: object) =>
  addressSchema(countries)
    .safeParse({ name: '', line1: '', line2: '', postcode: '', city: '', country: 'DE', ...input })
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('addressSchema', () => {
  it('says everything that is wrong at once, the postcode’s format for the country included', () => {
    expect(issues({ postcode: '123' })).toEqual([
      ['name', 'Enter the recipient’s name'],
      ['line1', 'Enter the street and number'],
      ['city', 'Enter the city'],
      ['postcode', 'Enter a postcode like 10115'],
    ]);
  });

  it('accepts a postcode that fits, in any case and with spaces around it, and a country with no format of its own', () => {
    const filled = { name: 'Ana Rider', line1: 'Bergstraße 12', city: 'Berlin' };
    expect(issues({ ...filled, postcode: ' 10115 ' })).toEqual([]);
    expect(issues({ ...filled, postcode: '0150', country: 'NO' })).toEqual([]);
    expect(issues({ ...filled, postcode: '!!', country: 'NO' })).toEqual([['postcode', 'Enter a valid postcode']]);
  });

  it('refuses a country the shop does not ship to', () => {
    expect(issues({ name: 'A', line1: 'B', city: 'C', postcode: '12345', country: 'FR' })).toEqual([['country', 'Choose a country we ship to']]);
  });
});

describe('sameAddress', () => {
  it('compares as the API’s address book does: trimmed, in any case', () => {
    const a = { name: 'Ana Rider', line1: 'Bergstraße 12', line2: '', postcode: '10115', city: 'Berlin', country: 'DE' };
    expect(sameAddress(a, { ...a, city: ' berlin ' })).toBe(true);
    expect(sameAddress(a, { ...a, line2: 'Hinterhaus' })).toBe(false);
  });
});
