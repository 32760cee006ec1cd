import { describe, expect, it } from 'vitest';
import { brandColourProblem, brandThemeCss, brandThemeStyle, contrastOnPage, readableOnPage } from './theme';

describe('brandThemeStyle', () => {
  it('gives a dark primary white labels, a darker hover, and itself as the text colour', () => {
    expect(brandThemeStyle({ primaryColor: '#1F5F4A', accentColor: '#c2410c' })).toEqual({
      '--color-primary': '#1f5f4a',
      '--color-primary-contrast': '#ffffff',
      '--color-primary-hover': 'color-mix(in oklab, #1f5f4a 82%, black)',
      '--color-primary-text': '#1f5f4a',
      '--color-accent': '#c2410c',
      '--color-accent-contrast': '#ffffff',
    });
  });

  it('gives a mid-tone primary black labels, a lighter hover, and a deeper shade for text on the page', () => {
    const style = brandThemeStyle({ primaryColor: '#e8590c', accentColor: '#1f5f4a' });
    expect(style['--color-primary-contrast']).toBe('#000000');
    expect(style['--color-primary-hover']).toBe('color-mix(in oklab, #e8590c 82%, white)');
    expect(style['--color-primary-text']).not.toBe('#e8590c');
    expect(contrastOnPage(style['--color-primary-text'])).toBeGreaterThanOrEqual(4.5);
  });

  it('falls back to the default colours for missing or malformed values', () => {
    const defaults = brandThemeStyle(undefined);
    expect(defaults['--color-primary']).toBe('#1f5f4a');
    expect(brandThemeStyle({ primaryColor: 'red; background: url(x)', accentColor: '' })).toEqual(defaults);
  });

  it('writes the same variables as a style sheet for the server', () => {
    expect(brandThemeCss({ primaryColor: '#0b3d91', accentColor: '#c2410c' })).toBe(
      ':root{--color-primary:#0b3d91;--color-primary-contrast:#ffffff;--color-primary-hover:color-mix(in oklab, #0b3d91 82%, black);--color-primary-text:#0b3d91;--color-accent:#c2410c;--color-accent-contrast:#ffffff}',
    );
  });
});

describe('readableOnPage', () => {
  it('keeps a colour that already reads on the page, and deepens one that does not until it does', () => {
    expect(readableOnPage('#1f5f4a')).toBe('#1f5f4a');
    for (const light of ['#ffd400', '#9ad0ec', '#ff8800']) {
      const shade = readableOnPage(light);
      expect(contrastOnPage(shade)).toBeGreaterThanOrEqual(4.5);
      expect(shade).not.toBe('#000000');
    }
  });
});

describe('brandColourProblem (the API rule, checked while picking)', () => {
  it('accepts colours that stand out on the page and names the ratio of those that do not', () => {
    expect(brandColourProblem('#1f5f4a', 'primary colour')).toBeUndefined();
    expect(brandColourProblem('#ffd400', 'primary colour')).toBe('The primary colour is too light to stand out on the white page (1.3:1, needs 3:1): choose a darker shade');
    expect(brandColourProblem('#12345', 'accent colour')).toBe('Enter the accent colour as a hex colour, e.g. #1f5f4a');
  });
});
