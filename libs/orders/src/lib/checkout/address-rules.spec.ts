import { postcodeProblem, postcodeRule } from './address-rules';

describe('postcodeProblem', () => {
  it.each([
    ['DE', '10115'],
    ['NL', '1012 ab'],
    ['GB', 'SW1A 1AA'],
    ['US', '94105-1234'],
    ['NO', '0150'],
  ])('accepts %s %s', (country, postcode) => expect(postcodeProblem(country, postcode)).toBeNull());

  it.each([
    ['DE', '1011'],
    ['FR', 'ABCDE'],
    ['GB', '12345'],
    ['NO', '!'],
  ])('refuses %s %s', (country, postcode) => expect(postcodeProblem(country, postcode)).toMatch(/postcode/));
});

describe('postcodeRule', () => {
  it('gives the pattern and an example the storefront checks with, and a loose rule for other countries', () => {
    expect(postcodeRule('DE')).toEqual({ pattern: /^\d{5}$/, example: '10115' });
    expect(new RegExp(postcodeRule('NL').pattern.source).test('1012 AB')).toBe(true);
    expect(postcodeRule('NO').example).toBeNull();
    expect(postcodeRule('NO').pattern.test('0150')).toBe(true);
  });
});
