/**
 * The colour a swatch shows for a colour's name. Variants name their colour in words ("Moss green");
 * the swatch paints it. Brand colour names are looked up first; otherwise the last word that names a
 * basic colour decides ("Deep ocean blue" is blue); a name with none gets a neutral swatch, and the
 * name is always there in words beside it.
 */
const NAMED: Record<string, string> = {
  // The Ridgeline Cycles demo's colours (the storefront's unit test checks every one is here).
  'moss green': '#5b7a4b',
  sand: '#d6c29b',
  slate: '#4f5b66',
  'ember orange': '#d2561f',
  'storm grey': '#7b838c',
  'harbour blue': '#2c5f8d',
  cream: '#f1e8d2',
  'forest green': '#2d5a3d',
  black: '#1b1c1d',
  'tan wall': '#b8895a',
};

const BASIC: Record<string, string> = {
  black: '#1b1c1d',
  white: '#f7f7f5',
  grey: '#8a8f94',
  gray: '#8a8f94',
  silver: '#c4c8cc',
  red: '#c0392b',
  orange: '#e67e22',
  yellow: '#f1c40f',
  gold: '#c9a227',
  green: '#3c8d4f',
  olive: '#6b7a3a',
  teal: '#1f8a86',
  blue: '#2f6db5',
  navy: '#1f2f5a',
  purple: '#7d4fa8',
  pink: '#e38fb0',
  brown: '#7a5133',
  tan: '#c4a07a',
  beige: '#e3d6bd',
};

export interface Swatch {
  /** A CSS colour. */
  colour: string;
  /** False when nothing in the name was recognised and the swatch is a neutral grey. */
  known: boolean;
}

export function swatchFor(name: string): Swatch {
  const key = name.trim().toLocaleLowerCase('en');
  if (NAMED[key]) return { colour: NAMED[key], known: true };
  const basic = key.split(/[\s-]+/).reverse().find((word) => BASIC[word]);
  return basic ? { colour: BASIC[basic], known: true } : { colour: '#d9d9d6', known: false };
}

/** Light swatches get a darker ring, so they stand out on a white page (WCAG 1.4.11, 3:1). */
export function isLight(hex: string): boolean {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 180;
}
