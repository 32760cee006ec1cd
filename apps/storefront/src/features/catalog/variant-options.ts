/**
 * The product page's option model (decision 0021): a variant is one combination of a size and a
 * colour (either may be absent), so the page shows one picker per option (sizes, colour swatches) and
 * finds the variant where the two choices meet. A combination no variant has is unavailable; one
 * whose variant has no stock is sold out. Products whose variants have neither option (one
 * "Standard", or "Small"/"Large" told apart by name) get a list of the variants by name instead.
 */
export interface OptionVariant {
  id: string;
  name: string;
  size?: string | null;
  colour?: string | null;
  stock: number;
}

export type OptionState = 'available' | 'sold-out' | 'unavailable';

/** Clothing and frame sizes in their natural order; other sizes ("143 mm") keep the order of the variants. */
const SIZE_ORDER = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL'];

const unique = (values: (string | null | undefined)[]): string[] => [...new Set(values.filter((value): value is string => Boolean(value)))];

export interface ProductOptions {
  sizes: string[];
  colours: string[];
}

/** The sizes and colours the product's variants come in, in the order a shopper expects them. */
export function optionsOf(variants: readonly OptionVariant[]): ProductOptions {
  const sizes = unique(variants.map((v) => v.size));
  const rank = (size: string) => {
    const index = SIZE_ORDER.indexOf(size.toUpperCase());
    return index === -1 ? SIZE_ORDER.length : index;
  };
  // A stable sort: sizes outside the list keep their order after those in it.
  sizes.sort((a, b) => rank(a) - rank(b));
  return { sizes, colours: unique(variants.map((v) => v.colour)) };
}

/**
 * True when every variant has each option the product uses and no two share a combination (the API
 * refuses a repeated one): then pickers can name every variant. Otherwise the page lists variants by name.
 */
export function usesOptionPickers(variants: readonly OptionVariant[]): boolean {
  const { sizes, colours } = optionsOf(variants);
  if (sizes.length === 0 && colours.length === 0) return false;
  const everyHas = (option: 'size' | 'colour', used: boolean) => !used || variants.every((v) => Boolean(v[option]));
  if (!everyHas('size', sizes.length > 0) || !everyHas('colour', colours.length > 0)) return false;
  return new Set(variants.map((v) => `${v.size ?? ''}\u0000${v.colour ?? ''}`)).size === variants.length;
}

/** The variant of this size and colour (null for an option the product does not use), if there is one. */
export function findVariant<V extends OptionVariant>(variants: readonly V[], size: string | null, colour: string | null): V | undefined {
  return variants.find((v) => (v.size ?? null) === size && (v.colour ?? null) === colour);
}

export function stateOf(variant: OptionVariant | undefined): OptionState {
  if (!variant) return 'unavailable';
  return variant.stock > 0 ? 'available' : 'sold-out';
}

/** What the variant first shown is: the first one in stock, else the first. */
export function initialVariant<V extends OptionVariant>(variants: readonly V[]): V | undefined {
  return variants.find((v) => v.stock > 0) ?? variants[0];
}
