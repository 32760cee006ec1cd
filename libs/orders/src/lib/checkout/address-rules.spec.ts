import { postcodeProblem } from './address-rules';

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
