import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLight, swatchFor } from './colour-swatches';

describe('colour swatches', () => {
  it('paints every colour of the Ridgeline Cycles demo, each its own', () => {
    // Read from the demo's source, so a colour added there without a swatch fails here.
    const source = readFileSync(new URL('../../../../api/src/demo/ridgeline-cycles.ts', import.meta.url), 'utf8');
    const demo = [...new Set([...source.matchAll(/(?:colour: |sizes\([\d_]+, |inColour\([\d_]+, )'([^']+)'/g)].map((match) => match[1]))];
    expect(demo).toEqual(expect.arrayContaining(['Moss green', 'Sand', 'Slate', 'Ember orange', 'Storm grey', 'Harbour blue', 'Cream', 'Forest green', 'Black', 'Tan wall']));
    for (const name of demo) expect({ name, ...swatchFor(name) }).toMatchObject({ name, known: true });
    expect(new Set(demo.map((name) => swatchFor(name).colour)).size).toBe(demo.length);
  });

  it('reads a basic colour word out of another name, and falls back to a neutral swatch', () => {
    expect(swatchFor('Deep ocean blue')).toEqual({ colour: swatchFor('blue').colour, known: true });
    expect(swatchFor('Off-white')).toEqual({ colour: swatchFor('White').colour, known: true });
    expect(swatchFor('Unicorn')).toMatchObject({ known: false });
  });

  it('knows which swatches are light', () => {
    expect(isLight(swatchFor('Cream').colour)).toBe(true);
    expect(isLight(swatchFor('Slate').colour)).toBe(false);
  });
});
