import { Role } from '@flagship/api-core';
import type { BrandProfile } from '@flagship/brand';
import { ProductStatus, type NewProduct } from '@flagship/catalog';

/** Ridgeline Cycles, the fictional bicycle brand every demo and test of Flagship uses. */
export const RIDGELINE_BRAND: BrandProfile = {
  slug: 'ridgeline-cycles',
  name: 'Ridgeline Cycles',
  tagline: 'Bikes built for the long way round.',
  currency: 'EUR',
};

/** One password for every demo login: demo data is for trying the platform, never for production. */
export const DEMO_PASSWORD = 'ridgeline-demo';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'manager@ridgeline.example', displayName: 'Maya Brandt', role: Role.BRAND_MANAGER },
  { email: 'fitting@velofit.example', displayName: 'VeloFit Studio', role: Role.VENDOR },
  { email: 'workshop@spokeandwrench.example', displayName: 'Spoke & Wrench Workshop', role: Role.VENDOR },
  { email: 'ana@riders.example', displayName: 'Ana Rider', role: Role.CONSUMER },
  { email: 'ben@riders.example', displayName: 'Ben Climber', role: Role.CONSUMER },
  { email: 'chloe@riders.example', displayName: 'Chloe Tourer', role: Role.CONSUMER },
];

const product = (slug: string, name: string, category: string, priceMinor: number, description: string): NewProduct => ({
  slug,
  name,
  category,
  priceMinor,
  description,
  currency: RIDGELINE_BRAND.currency,
  status: ProductStatus.PUBLISHED,
});

export const DEMO_PRODUCTS: NewProduct[] = [
  product('summit-al-gravel', 'Summit AL Gravel Bike', 'bikes', 1_899_00, 'Aluminium gravel frame, 2x12 drivetrain, room for 45 mm tyres.'),
  product('summit-cf-gravel', 'Summit CF Gravel Bike', 'bikes', 3_499_00, 'Carbon frame, electronic shifting, bags mounts everywhere.'),
  product('crestline-trail', 'Crestline Trail Bike', 'bikes', 2_749_00, '140 mm full suspension for rooty singletrack and long days out.'),
  product('commuter-8', 'Commuter 8 City Bike', 'bikes', 949_00, 'Eight-speed hub, dynamo lights and a rack that carries a week of shopping.'),
  product('tourer-steel', 'Longway Steel Tourer', 'bikes', 2_199_00, 'Chromoly touring frame built to carry everything, everywhere.'),
  product('ridgeline-wheelset-gravel', 'Gravel Wheelset 700c', 'parts', 649_00, 'Tubeless-ready 25 mm rims on sealed-bearing hubs.'),
  product('ridgeline-saddle-comfort', 'Comfort Saddle', 'parts', 69_00, 'Pressure-relief channel, titanium rails.'),
  product('ridgeline-chain-12', '12-speed Chain', 'parts', 39_00, 'Nickel-plated chain with a reusable quick link.'),
  product('ridgeline-tyre-45', 'Allroad Tyre 45 mm', 'parts', 54_00, 'Fast centre, grippy shoulders, puncture belt.'),
  product('ridgeline-multitool', 'Trailside Multi-tool', 'tools', 34_00, '17 functions including a chain breaker and tubeless plugs.'),
  product('ridgeline-torque-wrench', 'Torque Wrench 2-20 Nm', 'tools', 89_00, 'Click-type wrench for carbon-safe bolt tension.'),
  product('ridgeline-work-stand', 'Home Work Stand', 'tools', 179_00, 'Folding repair stand with a quick-clamp head.'),
];
