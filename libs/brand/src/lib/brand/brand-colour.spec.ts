import { brandColourProblem, contrastRatio, readableTextOn } from './brand-colour';

const HEX_DIGITS = '0123456789abcdef';

describe('brand colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // Known pair: #767676 on white is the lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#1f5f4a', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#1f5f4a'), 10);
  });

  it('finds a label colour reaching AA (4.5:1) on any colour, so only the page contrast can refuse', () => {
    // A coarse walk through the colour cube, mid-greys (the hardest case) included.
    for (const r of HEX_DIGITS) for (const g of HEX_DIGITS) for (const b of HEX_DIGITS) {
      const hex = `#${r}${r}${g}${g}${b}${b}`;
      expect(contrastRatio(hex, readableTextOn(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('puts white text on dark colours and black text on light ones', () => {
    expect(readableTextOn('#1f5f4a')).toBe('#ffffff');
    expect(readableTextOn('#ffd400')).toBe('#000000');
    expect(readableTextOn('#e07a1f')).toBe('#000000');
  });

  it('accepts dark and mid-tone brand colours', () => {
    expect(brandColourProblem('#1f5f4a', 'primary colour')).toBeNull();
    expect(brandColourProblem('#c2410c', 'accent colour')).toBeNull();
    expect(brandColourProblem('#000000', 'primary colour')).toBeNull();
    // A mid orange: black text on its buttons (about 7:1), and 3:1 on the page.
    expect(brandColourProblem('#d9480f', 'primary colour')).toBeNull();
  });

  it('refuses a colour that would vanish on the page, saying how far off it is', () => {
    expect(brandColourProblem('#ffd400', 'primary colour')).toBe(
      'The primary colour is too light to stand out on the white page (1.3:1, needs 3:1): choose a darker shade',
    );
    expect(brandColourProblem('#ffffff', 'accent colour')).toMatch(/^The accent colour is too light/);
    expect(brandColourProblem('#f5f4f1', 'primary colour')).toMatch(/too light/);
  });

  it('refuses what is not a six-digit hex colour', () => {
    for (const value of ['1f5f4a', '#1f5f4', '#1f5f4ag', 'green', '#fff', '']) {
      expect(brandColourProblem(value, 'primary colour')).toBe('Enter the primary colour as a hex colour, e.g. #1f5f4a');
    }
  });
});
