import { bigintNumber, toSafeInteger } from './bigint-number';

describe('bigint columns as numbers', () => {
  it('reads every integer up to 2^53 - 1 exactly', () => {
    expect(bigintNumber.from('2147483648')).toBe(2_147_483_648);
    expect(bigintNumber.from('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(bigintNumber.from('-9007199254740991')).toBe(Number.MIN_SAFE_INTEGER);
    expect(bigintNumber.from(null)).toBeNull();
  });

  it('refuses what a number cannot hold exactly, instead of rounding it', () => {
    expect(() => bigintNumber.from('9007199254740992')).toThrow(RangeError);
    expect(() => bigintNumber.from('9223372036854775807')).toThrow('is not an integer JavaScript can hold exactly');
    expect(() => bigintNumber.to(2 ** 53)).toThrow(RangeError);
    expect(() => toSafeInteger('12.5')).toThrow(RangeError);
  });

  it('passes query operators (FindOperator objects) through to TypeORM', () => {
    const operator = { type: 'moreThan', value: 5 };
    expect(bigintNumber.to(operator)).toBe(operator);
  });
});
