import currencyCodes from 'currency-codes';
import { describe, expect, it } from 'vitest';
import { formatMoney as format, minorUnitDigits, moneyInputText, parseMoney, type Money } from './money';

// Intl separates a currency code from the number with a no-break space; compare with plain ones.
const formatMoney = (money: Money, locale?: string) => format(money, locale).replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('formats each currency with its own minor units', () => {
    expect(formatMoney({ amountMinor: 189900, currency: 'EUR' }, 'en-US')).toBe('€1,899.00');
    expect(formatMoney({ amountMinor: 189900, currency: 'EUR' }, 'de-DE')).toBe('1.899,00 €');
    // A currency without minor units is not divided by 100.
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'ja-JP')).toBe('￥1,500');
    expect(formatMoney({ amountMinor: 1500, currency: 'KWD' }, 'en-US')).toBe('KWD 1.500');
    expect(formatMoney({ amountMinor: 5, currency: 'EUR' }, 'en-US')).toBe('€0.05');
    expect(formatMoney({ amountMinor: -1250, currency: 'EUR' }, 'en-US')).toBe('-€12.50');
  });

  it('keeps amounts above 21,474,836.47 (a 32-bit column) exact, up to 2^53', () => {
    expect(formatMoney({ amountMinor: 2_147_483_648, currency: 'EUR' }, 'en-US')).toBe('€21,474,836.48');
    expect(formatMoney({ amountMinor: 123_456_789_012, currency: 'JPY' }, 'en-US')).toBe('¥123,456,789,012');
    // Dividing by 100 as a float first would show .90 and .88 here.
    expect(formatMoney({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'EUR' }, 'en-US')).toBe('€90,071,992,547,409.91');
    expect(formatMoney({ amountMinor: 9_007_199_254_740_987, currency: 'EUR' }, 'en-US')).toBe('€90,071,992,547,409.87');
    expect(formatMoney({ amountMinor: 4_503_599_627_370_497, currency: 'KWD' }, 'en-US')).toBe('KWD 4,503,599,627,370.497');
  });

  it('refuses what is not an exact amount in minor units', () => {
    expect(() => formatMoney({ amountMinor: 12.5, currency: 'EUR' })).toThrow(RangeError);
    expect(() => formatMoney({ amountMinor: 2 ** 53, currency: 'EUR' })).toThrow(RangeError);
  });
});

describe('parseMoney', () => {
  it('reads a typed price as minor units of the currency', () => {
    expect(parseMoney('49.90', 'EUR')).toBe(4990);
    expect(parseMoney(' 49,9 ', 'EUR')).toBe(4990);
    expect(parseMoney('49', 'EUR')).toBe(4900);
    expect(parseMoney('1500', 'JPY')).toBe(1500);
    expect(parseMoney('1.5', 'KWD')).toBe(1500);
    expect(parseMoney('0.005', 'KWD')).toBe(5);
    expect(parseMoney('21474836.48', 'EUR')).toBe(2_147_483_648);
    expect(parseMoney('90071992547409.91', 'EUR')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses more digits than the currency has, and anything that is not an amount', () => {
    expect(parseMoney('1500.5', 'JPY')).toBeNull();
    expect(parseMoney('49.901', 'EUR')).toBeNull();
    expect(parseMoney('1.5000', 'KWD')).toBeNull();
    for (const text of ['', 'five hundred', '-5', '1e3', '1,234.56', '.5', '5.', '0x10']) expect(parseMoney(text, 'EUR')).toBeNull();
    expect(parseMoney('90071992547409.92', 'EUR')).toBeNull();
  });

  it('round-trips with the text an amount field starts with', () => {
    for (const money of [
      { amountMinor: 4990, currency: 'EUR' },
      { amountMinor: 5, currency: 'EUR' },
      { amountMinor: 1500, currency: 'JPY' },
      { amountMinor: 1500, currency: 'KWD' },
      { amountMinor: 2_147_483_648, currency: 'EUR' },
    ]) {
      expect(parseMoney(moneyInputText(money), money.currency)).toBe(money.amountMinor);
    }
    expect(moneyInputText({ amountMinor: 4990, currency: 'EUR' })).toBe('49.90');
    expect(moneyInputText({ amountMinor: 1500, currency: 'JPY' })).toBe('1500');
    expect(moneyInputText({ amountMinor: 5, currency: 'KWD' })).toBe('0.005');
  });
});

describe('minorUnitDigits', () => {
  it('agrees with ISO 4217 for every currency', () => {
    const disagreements = currencyCodes.data.filter((c) => minorUnitDigits(c.code) !== c.digits).map((c) => `${c.code}: ISO ${c.digits}, here ${minorUnitDigits(c.code)}`);
    expect(disagreements).toEqual([]);
    expect(currencyCodes.data.length).toBeGreaterThan(150);
  });
});
