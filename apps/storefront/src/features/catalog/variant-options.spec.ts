import { describe, expect, it } from 'vitest';
import { findVariant, initialVariant, optionsOf, stateOf, usesOptionPickers, type OptionVariant } from './variant-options';

const bike = (size: string, colour: string, stock: number): OptionVariant => ({ id: `${size}-${colour}`, name: `${size}, ${colour}`, size, colour, stock });

// The demo's Summit AL Gravel: four sizes in Moss green, three in Sand (no XL), M Sand sold out.
const summit = [bike('S', 'Moss green', 0), bike('M', 'Moss green', 5), bike('L', 'Moss green', 4), bike('XL', 'Moss green', 1), bike('S', 'Sand', 2), bike('M', 'Sand', 0), bike('L', 'Sand', 3)];

describe('the option model', () => {
  it('lists the sizes in their natural order and the colours as the variants have them', () => {
    const shuffled = [bike('XL', 'Slate', 1), bike('S', 'Slate', 1), bike('M', 'Ember', 1), bike('L', 'Slate', 1)];
    expect(optionsOf(shuffled)).toEqual({ sizes: ['S', 'M', 'L', 'XL'], colours: ['Slate', 'Ember'] });
    const saddle = [{ id: 'a', name: '155 mm', size: '155 mm', stock: 1 }, { id: 'b', name: '143 mm', size: '143 mm', stock: 1 }];
    expect(optionsOf(saddle)).toEqual({ sizes: ['155 mm', '143 mm'], colours: [] });
  });

  it('finds the variant where a size and a colour meet, and says when there is none or it is sold out', () => {
    expect(findVariant(summit, 'L', 'Sand')?.id).toBe('L-Sand');
    expect(stateOf(findVariant(summit, 'L', 'Sand'))).toBe('available');
    expect(stateOf(findVariant(summit, 'M', 'Sand'))).toBe('sold-out');
    expect(stateOf(findVariant(summit, 'XL', 'Sand'))).toBe('unavailable');
  });

  it('starts from the first variant in stock', () => {
    expect(initialVariant(summit)?.id).toBe('M-Moss green');
    expect(initialVariant([bike('S', 'Slate', 0)])?.id).toBe('S-Slate');
  });

  it('uses pickers only when every variant is named by its options, each combination once', () => {
    expect(usesOptionPickers(summit)).toBe(true);
    expect(usesOptionPickers([{ id: 'a', name: 'Black', colour: 'Black', stock: 1 }, { id: 'b', name: 'Tan wall', colour: 'Tan wall', stock: 0 }])).toBe(true);
    expect(usesOptionPickers([{ id: 'a', name: 'Standard', stock: 1 }])).toBe(false);
    // One variant without a size among sized ones, or two of one combination: listed by name.
    expect(usesOptionPickers([bike('S', 'Sand', 1), { id: 'x', name: 'Frame only', colour: 'Sand', stock: 1 }])).toBe(false);
    expect(usesOptionPickers([bike('S', 'Sand', 1), { ...bike('S', 'Sand', 1), id: 'again' }])).toBe(false);
  });
});
