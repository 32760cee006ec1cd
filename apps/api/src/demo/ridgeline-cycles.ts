import { Role } from '@flagship/api-core';
import type { BrandProfile } from '@flagship/brand';
import type { CreateProductInput } from '@flagship/catalog';

/** Ridgeline Cycles, the fictional bicycle brand every demo and test of Flagship uses. */
export const RIDGELINE_BRAND: BrandProfile = {
  slug: 'ridgeline-cycles',
  name: 'Ridgeline Cycles',
  tagline: 'Bikes built for the long way round.',
  currency: 'EUR',
  primaryColor: '#1f5f4a',
  accentColor: '#c2410c',
  heroEyebrow: 'New season',
  heroTitle: 'Ride further. Carry more. Stay out longer.',
  heroText: 'Steel tourers, carbon gravel bikes and trail bikes, built in small batches and backed by a workshop that knows every one of them.',
  heroCtaLabel: 'Shop bikes',
  heroCtaHref: '/shop?category=bikes',
};

/** One password for every demo login: demo data is for trying the platform, never for production. */
export const DEMO_PASSWORD = 'ridgeline-demo';

/** The demo's people; `roles` are granted on top of CONSUMER, which every account holds. */
export const DEMO_ACCOUNTS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'manager@ridgeline.example', displayName: 'Maya Brandt', roles: [Role.BRAND_MANAGER] },
  { email: 'fitting@velofit.example', displayName: 'VeloFit Studio', roles: [Role.VENDOR] },
  { email: 'workshop@spokeandwrench.example', displayName: 'Spoke & Wrench Workshop', roles: [Role.VENDOR] },
  { email: 'ana@riders.example', displayName: 'Ana Rider', roles: [] },
  { email: 'ben@riders.example', displayName: 'Ben Climber', roles: [] },
  { email: 'chloe@riders.example', displayName: 'Chloe Tourer', roles: [] },
];

/** The demo's vendor organisations, each owned by its vendor account (the marketplace issue adds their listings). */
export const DEMO_VENDORS: { name: string; ownerEmail: string }[] = [
  { name: 'VeloFit Studio', ownerEmail: 'fitting@velofit.example' },
  { name: 'Spoke & Wrench Workshop', ownerEmail: 'workshop@spokeandwrench.example' },
];

type DemoVariant = Omit<CreateProductInput['variants'][number], 'sku'> & { sku?: string };

export interface DemoProduct {
  slug: string;
  name: string;
  category: 'bikes' | 'parts' | 'tools';
  description: string;
  variants: DemoVariant[];
}

export const DEMO_CATEGORIES = [
  { slug: 'bikes', name: 'Bikes', position: 0 },
  { slug: 'parts', name: 'Parts', position: 1 },
  { slug: 'tools', name: 'Tools', position: 2 },
];

const sizes = (priceMinor: number, colour: string, stock: number[]): DemoVariant[] =>
  ['S', 'M', 'L', 'XL'].map((size, i) => ({ name: `${size}, ${colour}`, size, colour, priceMinor, stock: stock[i] }));
/**
 * A second colour in some sizes only: the sizes left out do not exist in it, so the product page has
 * combinations to show as unavailable. Listed after the first colour, so the first colour's SKUs
 * (`<SLUG>-1` to `-4`, which tests name) keep their numbers.
 */
const inColour = (priceMinor: number, colour: string, stockBySize: Record<string, number>): DemoVariant[] =>
  Object.entries(stockBySize).map(([size, stock]) => ({ name: `${size}, ${colour}`, size, colour, priceMinor, stock }));
const single = (priceMinor: number, stock: number): DemoVariant[] => [{ name: 'Standard', priceMinor, stock }];

export const DEMO_PRODUCTS: DemoProduct[] = [
  { slug: 'summit-al-gravel', name: 'Summit AL Gravel Bike', category: 'bikes', description: 'Aluminium gravel frame, 2x12 drivetrain, room for 45 mm tyres.', variants: [...sizes(1_899_00, 'Moss green', [3, 5, 4, 1]), ...inColour(1_899_00, 'Sand', { S: 2, M: 0, L: 3 })] },
  { slug: 'summit-cf-gravel', name: 'Summit CF Gravel Bike', category: 'bikes', description: 'Carbon frame, electronic shifting, bag mounts everywhere.', variants: sizes(3_499_00, 'Slate', [1, 2, 2, 0]) },
  { slug: 'crestline-trail', name: 'Crestline Trail Bike', category: 'bikes', description: '140 mm full suspension for rooty singletrack and long days out.', variants: [...sizes(2_749_00, 'Ember orange', [2, 3, 3, 1]), ...inColour(2_749_00, 'Storm grey', { M: 2, L: 4, XL: 0 })] },
  { slug: 'commuter-8', name: 'Commuter 8 City Bike', category: 'bikes', description: 'Eight-speed hub, dynamo lights and a rack that carries a week of shopping.', variants: [...sizes(949_00, 'Harbour blue', [4, 6, 6, 2]), ...inColour(949_00, 'Cream', { S: 3, M: 4, L: 0 })] },
  { slug: 'tourer-steel', name: 'Longway Steel Tourer', category: 'bikes', description: 'Chromoly touring frame built to carry everything, everywhere.', variants: [...sizes(2_199_00, 'Sand', [1, 2, 2, 1]), ...inColour(2_199_00, 'Forest green', { M: 1, L: 2 })] },
  { slug: 'ridgeline-wheelset-gravel', name: 'Gravel Wheelset 700c', category: 'parts', description: 'Tubeless-ready 25 mm rims on sealed-bearing hubs.', variants: single(649_00, 8) },
  { slug: 'ridgeline-saddle-comfort', name: 'Comfort Saddle', category: 'parts', description: 'Pressure-relief channel, titanium rails.', variants: [
    { name: '143 mm', size: '143 mm', priceMinor: 69_00, stock: 12 },
    { name: '155 mm', size: '155 mm', priceMinor: 69_00, stock: 9 },
  ] },
  { slug: 'ridgeline-chain-12', name: '12-speed Chain', category: 'parts', description: 'Nickel-plated chain with a reusable quick link.', variants: single(39_00, 40) },
  { slug: 'ridgeline-tyre-45', name: 'Allroad Tyre 45 mm', category: 'parts', description: 'Fast centre, grippy shoulders, puncture belt.', variants: [
    { name: 'Black', colour: 'Black', priceMinor: 54_00, stock: 30 },
    { name: 'Tan wall', colour: 'Tan wall', priceMinor: 57_00, stock: 18 },
  ] },
  { slug: 'ridgeline-multitool', name: 'Trailside Multi-tool', category: 'tools', description: '17 functions including a chain breaker and tubeless plugs.', variants: single(34_00, 25) },
  { slug: 'ridgeline-torque-wrench', name: 'Torque Wrench 2-20 Nm', category: 'tools', description: 'Click-type wrench for carbon-safe bolt tension.', variants: single(89_00, 10) },
  { slug: 'ridgeline-work-stand', name: 'Home Work Stand', category: 'tools', description: 'Folding repair stand with a quick-clamp head.', variants: single(179_00, 6) },
];

/** Ridgeline ships within the EU from Germany; prices include VAT. Rates in basis points. */
export const DEMO_TAX_RATES: Record<string, number> = {
  AT: 2000, BE: 2100, DE: 1900, DK: 2500, ES: 2100, FR: 2000, IE: 2300, IT: 2200, NL: 2100, PL: 2300, SE: 2500,
};

export const DEMO_SHIPPING_METHODS = [
  { name: 'Standard (3-5 days)', priceMinor: 4_90, freeAboveMinor: 100_00, position: 0 },
  { name: 'Express (next day)', priceMinor: 14_90, freeAboveMinor: null, position: 1 },
];
