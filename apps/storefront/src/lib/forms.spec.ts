import { describe, expect, it } from 'vitest';
import { moneyText, optionalMoneyText } from './forms';

const MESSAGE = 'Enter a price like 49.90';
const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message);

describe('money fields', () => {
  it('turn a typed amount into minor units of its currency', () => {
    expect(moneyText('EUR', MESSAGE).parse('49.90')).toBe(4990);
    expect(moneyText('EUR', MESSAGE).parse(' 49,9 ')).toBe(4990);
    expect(moneyText('JPY', MESSAGE).parse('4990')).toBe(4990);
    expect(optionalMoneyText('EUR', MESSAGE).parse('100')).toBe(10000);
  });

  it('say the field’s own message for what is not an amount', () => {
    for (const text of ['abc', '49.999', '-5', '']) expect(messagesOf(moneyText('EUR', MESSAGE).safeParse(text))).toEqual([MESSAGE]);
    expect(messagesOf(moneyText('JPY', MESSAGE).safeParse('49.90'))).toEqual([MESSAGE]);
    expect(messagesOf(optionalMoneyText('EUR', MESSAGE).safeParse('abc'))).toEqual([MESSAGE]);
  });

  it('take an empty optional amount as none', () => {
    expect(optionalMoneyText('EUR', MESSAGE).parse('')).toBeNull();
    expect(optionalMoneyText('EUR', MESSAGE).parse('   ')).toBeNull();
  });
});
