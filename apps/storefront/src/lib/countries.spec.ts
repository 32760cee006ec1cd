import { describe, expect, it } from 'vitest';
import { countryName } from './countries';

describe('countryName', () => {
  it('writes the country out in the language asked for', () => {
    expect(countryName('DE', 'en-GB')).toBe('Germany');
    expect(countryName('nl', 'en-GB')).toBe('Netherlands');
    expect(countryName('DE', 'de-DE')).toBe('Deutschland');
  });

  it('keeps what is no country code as it is', () => {
    expect(countryName('Germany', 'en-GB')).toBe('Germany');
  });
});
