import type { SizeGuide } from '@flagship/catalog';

/**
 * What the Ridgeline Cycles product pages show beyond name, price and variants: each product's spec
 * sheet (label, value; in the order shown) and the bikes' size guide. Kept apart from the catalog
 * list in ridgeline-cycles.ts, which the seed reads with it.
 */
export const DEMO_SPECS: Record<string, [label: string, value: string][]> = {
  'summit-al-gravel': [
    ['Frame', 'Aluminium 6061, double-butted, internal routing'],
    ['Fork', 'Carbon, 12 mm thru-axle, flat mount'],
    ['Drivetrain', '2×12, 30/46 chainrings, 11–34 cassette'],
    ['Brakes', 'Hydraulic disc, 160 mm rotors'],
    ['Wheels', '700c, tubeless-ready, 25 mm inner width'],
    ['Tyres', 'Allroad 45 mm'],
    ['Tyre clearance', '700 × 45 mm or 650b × 2.1"'],
    ['Weight', '9.8 kg (size M)'],
  ],
  'summit-cf-gravel': [
    ['Frame', 'Carbon, three bag mounts, internal routing'],
    ['Fork', 'Carbon with cargo mounts, 12 mm thru-axle'],
    ['Drivetrain', '1×12 electronic, 40 chainring, 10–44 cassette'],
    ['Brakes', 'Hydraulic disc, 160 mm rotors'],
    ['Wheels', 'Gravel Wheelset 700c'],
    ['Tyres', 'Allroad 45 mm, tan wall'],
    ['Tyre clearance', '700 × 50 mm'],
    ['Weight', '8.4 kg (size M)'],
  ],
  'crestline-trail': [
    ['Frame', 'Aluminium 6066, 140 mm four-bar suspension'],
    ['Fork', '150 mm air, 44 mm offset'],
    ['Shock', 'Air, 210 × 55 mm, lockout'],
    ['Drivetrain', '1×12, 32 chainring, 10–52 cassette'],
    ['Brakes', 'Four-piston hydraulic disc, 200/180 mm rotors'],
    ['Wheels', '29", 30 mm inner width'],
    ['Dropper post', '150 mm (S: 125 mm)'],
    ['Weight', '14.9 kg (size M)'],
  ],
  'commuter-8': [
    ['Frame', 'Aluminium, step-through available in S'],
    ['Gears', 'Eight-speed internal hub'],
    ['Brakes', 'Hydraulic disc, 160 mm rotors'],
    ['Lights', 'Hub dynamo, 60 lux front, rear with standlight'],
    ['Rack', 'Rear rack, 25 kg load'],
    ['Mudguards', 'Full-length, aluminium'],
    ['Tyres', '700 × 40 mm, reflective sidewalls'],
    ['Weight', '14.2 kg (size M)'],
  ],
  'tourer-steel': [
    ['Frame', 'Chromoly steel, double-butted'],
    ['Fork', 'Chromoly with low-rider mounts'],
    ['Drivetrain', '3×10, 26/36/48 chainrings, 11–36 cassette'],
    ['Brakes', 'Mechanical disc, 180/160 mm rotors'],
    ['Wheels', '36 spokes, 700c'],
    ['Carrying', 'Front and rear racks, 40 kg in all'],
    ['Weight', '13.6 kg (size M)'],
  ],
  'ridgeline-wheelset-gravel': [
    ['Rim', 'Aluminium, 25 mm inner width, tubeless-ready'],
    ['Hubs', 'Sealed bearings, 12 mm thru-axles'],
    ['Spokes', '24 front, 24 rear, J-bend'],
    ['Freehub', 'Shimano HG or SRAM XDR'],
    ['Weight', '1,640 g the pair'],
  ],
  'ridgeline-saddle-comfort': [
    ['Rails', 'Titanium, 7 mm'],
    ['Shell', 'Nylon with a pressure-relief channel'],
    ['Length', '255 mm'],
    ['Widths', '143 mm or 155 mm'],
    ['Weight', '235 g (143 mm)'],
  ],
  'ridgeline-chain-12': [
    ['Speeds', '12'],
    ['Links', '126, with a reusable quick link'],
    ['Finish', 'Nickel-plated'],
    ['Weight', '252 g'],
  ],
  'ridgeline-tyre-45': [
    ['Size', '700 × 45 mm (45-622)'],
    ['Casing', '120 TPI with a puncture belt'],
    ['Setup', 'Tubeless-ready'],
    ['Pressure', '2.0–4.0 bar'],
    ['Weight', '520 g'],
  ],
  'ridgeline-multitool': [
    ['Functions', '17'],
    ['Hex keys', '2, 2.5, 3, 4, 5, 6, 8 mm'],
    ['Torx', 'T25, T30'],
    ['Also', 'Chain breaker, spoke keys, tubeless plugs'],
    ['Weight', '168 g'],
  ],
  'ridgeline-torque-wrench': [
    ['Range', '2–20 Nm'],
    ['Accuracy', '±4 %'],
    ['Drive', '1/4"'],
    ['Bits', 'Hex 3, 4, 5, 6 mm; Torx T20, T25'],
    ['Length', '280 mm'],
  ],
  'ridgeline-work-stand': [
    ['Clamp', 'Quick-release, 360° rotation'],
    ['Height', '105–160 cm'],
    ['Load', 'Up to 30 kg'],
    ['Folded', '100 × 15 cm'],
    ['Weight', '5.2 kg'],
  ],
};

/** One size guide for every Ridgeline frame: the sizes are the bikes' variant sizes. */
export const DEMO_SIZE_GUIDES: Record<string, SizeGuide> = {
  bikes: {
    columns: ['Rider height', 'Inside leg', 'Frame size'],
    rows: [
      { size: 'S', values: ['155–167 cm', '72–78 cm', '50 cm'] },
      { size: 'M', values: ['167–178 cm', '78–83 cm', '53 cm'] },
      { size: 'L', values: ['178–188 cm', '83–88 cm', '56 cm'] },
      { size: 'XL', values: ['188–198 cm', '88–94 cm', '59 cm'] },
    ],
    note: 'Between two sizes? Take the smaller for a more upright ride, the larger for more reach. VeloFit Studio fits bikes in person.',
  },
};

/**
 * What the product page says after the one-line description of ridgeline-cycles.ts (the seed joins
 * them into one description, a paragraph each).
 */
export const DEMO_ABOUT: Record<string, string> = {
  'summit-al-gravel':
    'The Summit AL is the bike we ride to work on Monday and into the hills on Saturday. A relaxed head angle keeps it calm on loose descents, and the long wheelbase leaves room for a frame bag and two bottles inside the triangle.\n\nMounts for racks, mudguards and a top-tube bag are all there, so it becomes a tourer, a commuter or a bikepacking rig without adapters.',
  'summit-cf-gravel':
    'The carbon Summit keeps the AL’s geometry and sheds 1.4 kg. Electronic shifting means no cables to stretch on long trips, and the fork carries a cargo cage on each leg.\n\nWe lay up each frame with extra plies around the bottom bracket and the dropouts, where loaded bikes work hardest.',
  'crestline-trail':
    'A trail bike for long days rather than fast laps: it climbs seated without bobbing, and the 150 mm fork keeps the front end calm when the trail turns steep and rooty.\n\nThe frame takes a full-size bottle and has a tool mount under the top tube, so the pack can stay at home.',
  'commuter-8':
    'Everything a daily bike needs is built in: hub dynamo lights that are always charged, full mudguards, a rack rated for 25 kg and a hub gear that shifts standing still at a red light.\n\nThe upright position and 40 mm tyres make cobbles, tram lines and kerbs a non-event.',
  'tourer-steel':
    'Steel for the long way round: it rides smoothly under a load, and any frame builder in the world can fix it. Low-rider mounts on the fork keep the weight low and the steering light.\n\nThe triple chainset gives a gear low enough to climb a pass with four panniers.',
  'ridgeline-wheelset-gravel':
    'Wide rims support 40 to 50 mm tyres at low pressures, and the sealed bearings shrug off wet winters. Set up tubeless in minutes with the included tape and valves.',
  'ridgeline-saddle-comfort':
    'A channel down the middle takes pressure off where it hurts on long days. Choose the width that matches your sit bones; VeloFit Studio measures them in a minute.',
  'ridgeline-chain-12': 'Works with every 12-speed road and gravel drivetrain we sell. The quick link opens by hand and can be reused.',
  'ridgeline-tyre-45':
    'A close centre tread rolls fast on tarmac, and the shoulder knobs hold on gravel corners. The puncture belt runs bead to bead.',
  'ridgeline-multitool': 'Everything for a roadside fix in one forged body, small enough for a jersey pocket.',
  'ridgeline-torque-wrench': 'Set the torque, tighten until it clicks: carbon parts stay uncrushed and bolts stay put. Comes with a case and six bits.',
  'ridgeline-work-stand': 'Sets up in seconds, holds the bike at working height and folds flat behind a door.',
};
