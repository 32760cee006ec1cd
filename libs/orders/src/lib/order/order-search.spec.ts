import { looksLikeEmail, orderNumberCandidates } from './order-search';

describe('order search', () => {
  it('reads an order number in any case, with or without its dash, spaces or #', () => {
    for (const typed of ['7KQ4-M2XD', '7kq4-m2xd', '7kq4m2xd', ' 7KQ4 M2XD ', '#7KQ4-M2XD']) {
      expect(orderNumberCandidates(typed)).toEqual(['7KQ4M2XD', '7KQ4-M2XD']);
    }
  });

  it('keeps an older sequential number as typed, and finds nothing to match in blank text', () => {
    expect(orderNumberCandidates('42')).toEqual(['42']);
    expect(orderNumberCandidates(' - ')).toEqual([]);
  });

  it('tells an email address from an order number', () => {
    expect(looksLikeEmail('ana@riders.example')).toBe(true);
    expect(looksLikeEmail('7KQ4-M2XD')).toBe(false);
  });
});
