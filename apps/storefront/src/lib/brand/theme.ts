/**
 * The brand's colours as the design system's CSS variables (decision 0019). Pure functions with no
 * browser or React dependency, so the server can put the same variables into the HTML it sends
 * (`brandThemeCss`) and the browser applies them once the brand query answers (Layout). The colour
 * arithmetic is WCAG 2.2's, as in libs/brand (brand-colour.ts), which decides what may be saved.
 */

export interface BrandColours {
  primaryColor: string;
  accentColor: string;
}

/** theme.css's defaults: what the shop looks like before a brand picks colours. */
export const DEFAULT_BRAND_COLOURS: BrandColours = { primaryColor: '#1f5f4a', accentColor: '#c2410c' };

/** Page backgrounds of theme.css (--color-bg, --color-surface). */
const PAGE_BACKGROUNDS = ['#ffffff', '#f5f4f1'];
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export const isHexColour = (value: string) => HEX_COLOUR.test(value);

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

const toHex = (channels: number[]) => `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** White or black, whichever reads better on `hex`: a button's label. */
export function readableTextOn(hex: string): '#ffffff' | '#000000' {
  return contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#000000') ? '#ffffff' : '#000000';
}

/** The lowest contrast of `hex` against the page's backgrounds. */
export const contrastOnPage = (hex: string) => Math.min(...PAGE_BACKGROUNDS.map((background) => contrastRatio(hex, background)));

/**
 * `hex` darkened (mixed towards black, in steps of 5%) until it reads as text on the page (4.5:1):
 * a mid-tone brand colour keeps its hue for links and prices, one shade deeper.
 */
export function readableOnPage(hex: string): string {
  const channels = rgb(hex);
  for (let black = 0; black <= 100; black += 5) {
    const shade = toHex(channels.map((c) => (c * (100 - black)) / 100));
    if (contrastOnPage(shade) >= 4.5) return shade;
  }
  return '#000000';
}

/**
 * Why `hex` cannot be a brand colour, or undefined: the API's rule (libs/brand brandColourProblem),
 * here to say so beside the field as the manager picks, before saving.
 */
export function brandColourProblem(hex: string, what: string): string | undefined {
  if (!isHexColour(hex)) return `Enter the ${what} as a hex colour, e.g. #1f5f4a`;
  const onPage = contrastOnPage(hex);
  if (onPage < 3) return `The ${what} is too light to stand out on the white page (${(Math.floor(onPage * 10) / 10).toFixed(1)}:1, needs 3:1): choose a darker shade`;
  return undefined;
}

/**
 * The CSS variables a brand sets: its primary colour and the label colour on it, a hover shade
 * that keeps the label readable, the primary as text on the page (links, prices; darkened when the
 * colour itself is too light for text), and the accent with its own label colour. Colours that are
 * missing or malformed fall back to the defaults, so a bad value can never blank the shop.
 */
export function brandThemeStyle(brand: Partial<BrandColours> | null | undefined): Record<string, string> {
  const primary = brand?.primaryColor && isHexColour(brand.primaryColor) ? brand.primaryColor.toLowerCase() : DEFAULT_BRAND_COLOURS.primaryColor;
  const accent = brand?.accentColor && isHexColour(brand.accentColor) ? brand.accentColor.toLowerCase() : DEFAULT_BRAND_COLOURS.accentColor;
  const primaryLabel = readableTextOn(primary);
  // Hover moves away from the label colour: darker under white text, lighter under black.
  const hoverTowards = primaryLabel === '#ffffff' ? 'black' : 'white';
  return {
    '--color-primary': primary,
    '--color-primary-contrast': primaryLabel,
    '--color-primary-hover': `color-mix(in oklab, ${primary} 82%, ${hoverTowards})`,
    '--color-primary-text': readableOnPage(primary),
    '--color-accent': accent,
    '--color-accent-contrast': readableTextOn(accent),
  };
}

/** The same variables as a style sheet for the server's HTML: `:root{--color-primary:#1f5f4a;…}`. */
export function brandThemeCss(brand: Partial<BrandColours> | null | undefined): string {
  const declarations = Object.entries(brandThemeStyle(brand)).map(([name, value]) => `${name}:${value}`);
  return `:root{${declarations.join(';')}}`;
}
