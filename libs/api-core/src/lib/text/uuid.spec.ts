import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts the text form of a UUID, in either case', () => {
    expect(isUuid('3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b')).toBe(true);
    expect(isUuid('3F2B8C1E-9A4D-4E7F-8B21-0C5D6E7F8A9B')).toBe(true);
    expect(isUuid('00000000-0000-4000-8000-000000000000')).toBe(true);
  });

  it.each([
    ['another shape', '3f2b8c1e9a4d4e7f8b210c5d6e7f8a9b'],
    ['braces', '{3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b}'],
    ['a NUL character', '3f2b8c1e-9a4d-4e7f-8b21-0c5d6e7f8a9\u0000'],
    ['text', 'someone'],
    ['a number', 42],
    ['nothing', null],
  ])('refuses %s', (_case, value) => {
    expect(isUuid(value)).toBe(false);
  });
});
