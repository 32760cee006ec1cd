/**
 * Brand colours and their contrast (WCAG 2.2 relative luminance and contrast ratio). The storefront
 * has the same arithmetic in apps/storefront/src/lib/brand/theme.ts to derive its CSS variables; this
 * copy decides what a brand manager may save.
 */

/** `#1f5f4a`: six hex digits, lower case once normalised. */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The page behind everything (theme.css --color-bg) and the lighter surface cards sit on (--color-surface). */
export const PAGE_BACKGROUNDS = ['#ffffff', '#f5f4f1'] as const;

/** WCAG 1.4.11: a colour that carries meaning without text (a button's shape, a focus ring) needs 3:1 against what is around it. */
export const NON_TEXT_CONTRAST = 3;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour: 0 for black, 1 for white. */
export function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((value >> 16) & 0xff) + 0.7152 * channel((value >> 8) & 0xff) + 0.0722 * channel(value & 0xff);
}

/** Contrast ratio between two colours, 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** White or black, whichever reads better on `hex` (the text of a button in that colour). */
export function readableTextOn(hex: string): '#ffffff' | '#000000' {
  return contrastRatio(hex, '#ffffff') >= contrastRatio(hex, '#000000') ? '#ffffff' : '#000000';
}

const ratio = (value: number) => `${(Math.floor(value * 10) / 10).toFixed(1)}:1`;

/**
 * Why `hex` cannot be a brand colour, or null when it can. A brand colour fills buttons, whose label
 * is white or black, whichever reads better (`readableTextOn`): on any colour one of the two reaches
 * at least 4.58:1, so labels always pass AA. It also marks things on the page without text (outlines,
 * focus rings, the selected option), which need 3:1 against the page: that is what refuses a yellow
 * or a pastel that would vanish on white.
 */
export function brandColourProblem(hex: string, what: string): string | null {
  if (!HEX_COLOUR.test(hex)) return `Enter the ${what} as a hex colour, e.g. #1f5f4a`;
  const onPage = Math.min(...PAGE_BACKGROUNDS.map((background) => contrastRatio(hex, background)));
  if (onPage < NON_TEXT_CONTRAST) {
    return `The ${what} is too light to stand out on the white page (${ratio(onPage)}, needs ${NON_TEXT_CONTRAST}:1): choose a darker shade`;
  }
  return null;
}
