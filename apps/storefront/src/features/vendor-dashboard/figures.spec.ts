import { describe, expect, it } from 'vitest';
import { newShare, periodFrom, plural, ratingText } from './figures';

describe('dashboard figures in words', () => {
  it('reads the period from the address, the last 30 days otherwise', () => {
    expect(periodFrom('LAST_90_DAYS')).toBe('LAST_90_DAYS');
    expect(periodFrom('LAST_7_YEARS')).toBe('LAST_30_DAYS');
    expect(periodFrom(null)).toBe('LAST_30_DAYS');
  });

  it('says a rating with one decimal, nothing without ratings', () => {
    expect(ratingText(4.567, 12)).toBe('4.6 out of 5');
    expect(ratingText(null, 0)).toBeNull();
    expect(ratingText(0, 0)).toBeNull();
  });

  it('counts in words and shares in whole percent', () => {
    expect(plural(1, 'customer')).toBe('1 customer');
    expect(plural(3, 'customer')).toBe('3 customers');
    expect(newShare(1, 3)).toBe(33);
    expect(newShare(0, 0)).toBeNull();
  });
});
