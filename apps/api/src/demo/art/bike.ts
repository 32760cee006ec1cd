import { PALETTE, add, circle, dist, group, lerp, line, mix, n, path, polar, pt, rect, scale, tube, xy, type Box, type Point } from './svg';

/**
 * A bicycle seen from its drive side, drawn from its frame geometry (millimetres, as a geometry chart
 * gives them) and its colour. The kinds differ in bars, tyres, suspension and what they carry.
 */
export interface BikeSpec {
  kind: 'gravel' | 'trail' | 'city' | 'touring';
  colour: string;
  /** Decals, cable housing and small parts. */
  accent: string;
  material: 'aluminium' | 'carbon' | 'steel';
  /** Outer diameter of the wheel with its tyre. */
  wheelDiameter: number;
  tyreWidth: number;
  tanWall?: boolean;
  stack: number;
  reach: number;
  headAngle: number;
  seatAngle: number;
  headTube: number;
  seatTube: number;
  chainstay: number;
  bbDrop: number;
  forkOffset: number;
  /** Axle to crown: longer for a suspension fork. */
  forkLength: number;
  saddleHeight: number;
  extras?: { mudguards?: boolean; rearRack?: boolean; frontRack?: boolean; panniers?: boolean; frameBag?: boolean; lights?: boolean; suspension?: boolean; kickstand?: boolean; chainGuard?: boolean };
}

/** Where the parts of the bike are, in millimetres with the bottom bracket at 0,0 and y downwards. */
export interface BikeGeometry {
  bb: Point;
  rear: Point;
  front: Point;
  headTop: Point;
  headBottom: Point;
  seatTop: Point;
  saddle: Point;
  stemEnd: Point;
  radius: number;
  /** Everything the drawing covers. */
  box: Box;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

export function bikeGeometry(spec: BikeSpec): BikeGeometry {
  const bb = pt(0, 0);
  const radius = spec.wheelDiameter / 2;
  const rear = pt(-Math.sqrt(spec.chainstay ** 2 - spec.bbDrop ** 2), -spec.bbDrop);
  const headTop = pt(spec.reach, -spec.stack);
  // The steering axis runs down and forward from the head tube's top; the axle sits `forkOffset` ahead of it.
  const down = pt(Math.cos(rad(spec.headAngle)), Math.sin(rad(spec.headAngle)));
  const ahead = pt(Math.sin(rad(spec.headAngle)), -Math.cos(rad(spec.headAngle)));
  const headBottom = add(headTop, scale(down, spec.headTube));
  const t = (rear.y - headTop.y - spec.forkOffset * ahead.y) / down.y;
  const front = add(add(headTop, scale(down, t)), scale(ahead, spec.forkOffset));
  const up = pt(-Math.cos(rad(spec.seatAngle)), -Math.sin(rad(spec.seatAngle)));
  const seatTop = add(bb, scale(up, spec.seatTube));
  const saddle = add(bb, scale(up, spec.saddleHeight));
  const stemEnd = add(add(headTop, scale(down, -45)), spec.kind === 'city' ? pt(40, -40) : pt(95, -12));
  const top = Math.min(saddle.y - 60, stemEnd.y - (spec.kind === 'city' ? 90 : 40), spec.extras?.frontRack ? headBottom.y - 40 : 0);
  const box: Box = { x: rear.x - radius - 10, y: top, w: front.x - rear.x + 2 * radius + 20 + (spec.kind === 'gravel' || spec.kind === 'touring' ? 0 : 0), h: rear.y + radius - top + 5 };
  return { bb, rear, front, headTop, headBottom, seatTop, saddle, stemEnd, radius, box };
}

/** The whole bike, as SVG in millimetres (see `bikeGeometry` for where it sits). */
export function drawBike(spec: BikeSpec, g = bikeGeometry(spec)): string {
  const x = spec.extras ?? {};
  const tubeWidth = spec.material === 'steel' ? 26 : spec.material === 'carbon' ? 40 : 36;
  const frame = spec.colour;
  const shade = mix(frame, '#000000', 0.25);
  const parts: string[] = [];

  // Behind the frame: the wheels, the mudguards and the rear rack's far side.
  parts.push(wheel(spec, g.rear, g.radius, true), wheel(spec, g.front, g.radius, false));
  if (x.mudguards) parts.push(mudguard(g.rear, g.radius + 18, 200, 350, spec.accent), mudguard(g.front, g.radius + 18, 175, 330, spec.accent));

  // Rear triangle.
  const stayTop = x.suspension ? lerp(g.bb, g.seatTop, 0.62) : lerp(g.seatTop, g.bb, 0.12);
  if (x.suspension) {
    // A linkage: the rear end pivots above the bottom bracket; the shock runs from the rocker on the
    // seat tube down to the down tube.
    const pivot = lerp(g.bb, g.seatTop, 0.16);
    const shockLow = lerp(g.bb, g.headBottom, 0.4);
    parts.push(tube(pivot, g.rear, tubeWidth * 0.85, shade), tube(g.rear, stayTop, tubeWidth * 0.62, shade));
    parts.push(tube(stayTop, shockLow, 22, PALETTE.ink), tube(lerp(stayTop, shockLow, 0.12), lerp(stayTop, shockLow, 0.55), 38, spec.accent, 'rgba(255,255,255,0.35)'));
    parts.push(circle(pivot, 12, { fill: PALETTE.chrome }), circle(stayTop, 11, { fill: PALETTE.chrome }));
  } else {
    parts.push(tube(g.bb, g.rear, tubeWidth * 0.7, shade), tube(stayTop, g.rear, tubeWidth * 0.6, frame));
  }

  // Main triangle.
  const topTubeRear = lerp(g.seatTop, g.bb, spec.kind === 'city' ? 0.45 : spec.kind === 'trail' ? 0.2 : 0.06);
  const topTubeFront = lerp(g.headTop, g.headBottom, spec.kind === 'city' ? 0.55 : 0.18);
  if (x.frameBag) parts.push(frameBag(lerp(topTubeRear, topTubeFront, 0.08), lerp(topTubeRear, topTubeFront, 0.92), lerp(g.bb, g.headBottom, 0.45)));
  parts.push(tube(g.bb, g.headBottom, tubeWidth * 1.1, frame), tube(g.bb, g.seatTop, tubeWidth, frame), tube(topTubeRear, topTubeFront, tubeWidth * 0.9, frame));
  parts.push(tube(add(g.headTop, polar(spec.headAngle, -10)), add(g.headBottom, polar(spec.headAngle, 12)), tubeWidth * 1.3, frame));
  parts.push(decal(g.bb, g.headBottom, spec.accent, tubeWidth));

  // Fork.
  parts.push(fork(spec, g, tubeWidth));

  // Seat post and saddle, stem and bars.
  parts.push(line(g.seatTop, g.saddle, { stroke: PALETTE.steel, 'stroke-width': 22, 'stroke-linecap': 'round' }));
  parts.push(saddle(g.saddle, spec.kind === 'city' ? PALETTE.rubber : PALETTE.ink, spec.kind === 'city'));
  parts.push(cockpit(spec, g));

  // Carrying.
  if (x.rearRack) parts.push(rack(g.rear, stayTop, g.radius, -1, spec.accent));
  if (x.frontRack) parts.push(rack(g.front, g.headBottom, g.radius * 0.75, 1, spec.accent));
  if (x.panniers) parts.push(pannier(g.rear, g.radius, -1), pannier(g.front, g.radius * 0.75, 1));
  if (x.lights) {
    parts.push(rect(g.headBottom.x + 18, g.headBottom.y - 8, 46, 34, { rx: 10, fill: PALETTE.ink }), circle(pt(g.headBottom.x + 62, g.headBottom.y + 9), 12, { fill: '#f6e7a8' }));
  }

  // Drive side, in front: chain, chainring, crank, derailleur.
  parts.push(drivetrain(spec, g));
  if (x.kickstand) parts.push(tube(add(g.bb, pt(-60, 10)), add(g.bb, pt(-150, g.rear.y + g.radius - 6)), 16, PALETTE.steel));
  return group(parts.join(''));
}

function wheel(spec: BikeSpec, c: Point, r: number, rear: boolean): string {
  const rim = r - spec.tyreWidth;
  const deep = spec.material === 'carbon' ? 40 : 22;
  const hub = spec.kind === 'city' && rear ? 42 : 24;
  const spokes: string[] = [];
  const count = spec.kind === 'touring' ? 36 : 28;
  for (let i = 0; i < count; i++) {
    const a = (360 / count) * i;
    const from = add(c, polar(a, hub));
    const to = add(c, polar(a + (i % 2 ? 38 : -38), rim - deep / 2));
    spokes.push(line(from, to, { stroke: PALETTE.steel, 'stroke-width': 2.6 }));
  }
  const tread =
    spec.kind === 'trail' || spec.kind === 'gravel'
      ? circle(c, r - spec.tyreWidth * 0.12, { fill: 'none', stroke: '#3a3f43', 'stroke-width': spec.tyreWidth * 0.2, 'stroke-dasharray': spec.kind === 'trail' ? '14 10' : '6 9' })
      : '';
  const disc = spec.kind !== 'city' ? circle(c, 80, { fill: 'none', stroke: PALETTE.chrome, 'stroke-width': 16 }) + circle(c, 80, { fill: 'none', stroke: '#8c949b', 'stroke-width': 4, 'stroke-dasharray': '5 9' }) : '';
  return group(
    circle(c, r - spec.tyreWidth / 2, { fill: 'none', stroke: PALETTE.rubber, 'stroke-width': spec.tyreWidth }) +
      (spec.tanWall ? circle(c, rim + 7, { fill: 'none', stroke: '#b48a5a', 'stroke-width': 14 }) : '') +
      tread +
      circle(c, rim - deep / 2, { fill: 'none', stroke: spec.material === 'carbon' ? '#2b2f33' : '#5f666c', 'stroke-width': deep }) +
      circle(c, rim - deep / 2, { fill: 'none', stroke: 'rgba(255,255,255,0.16)', 'stroke-width': 3 }) +
      spokes.join('') +
      disc +
      circle(c, hub + 4, { fill: '#6f777e' }) +
      circle(c, 10, { fill: PALETTE.chrome }),
  );
}

function mudguard(c: Point, r: number, from: number, to: number, colour: string): string {
  const a = add(c, polar(from, r));
  const b = add(c, polar(to, r));
  return path(`M ${xy(a)} A ${n(r)} ${n(r)} 0 0 1 ${xy(b)}`, { fill: 'none', stroke: colour, 'stroke-width': 16, 'stroke-linecap': 'round' });
}

function fork(spec: BikeSpec, g: BikeGeometry, width: number): string {
  const crown = add(g.headBottom, polar(spec.headAngle, 14));
  if (spec.extras?.suspension) {
    // Stanchions into lowers, with the arch in front.
    const lowerTop = lerp(crown, g.front, 0.42);
    return group(
      tube(crown, lowerTop, 30, PALETTE.chrome, 'rgba(255,255,255,0.5)') +
        tube(lowerTop, g.front, 40, PALETTE.ink) +
        rect(crown.x - 26, crown.y - 14, 60, 30, { rx: 10, fill: PALETTE.ink, transform: `rotate(${n(spec.headAngle - 90)} ${xy(crown)})` }) +
        tube(lerp(lowerTop, g.front, 0.1), lerp(lowerTop, g.front, 0.3), 44, spec.accent),
    );
  }
  // A rigid fork bends forward towards its dropout.
  const bend = add(lerp(crown, g.front, 0.7), polar(spec.headAngle - 90, -18));
  const colour = spec.material === 'carbon' ? spec.colour : spec.colour;
  return path(`M ${xy(crown)} Q ${xy(bend)} ${xy(g.front)}`, { fill: 'none', stroke: colour, 'stroke-width': width * 0.78, 'stroke-linecap': 'round' });
}

function decal(a: Point, b: Point, colour: string, width: number): string {
  // A band of accent colour on the down tube, where the brand's name would be.
  return line(lerp(a, b, 0.3), lerp(a, b, 0.62), { stroke: colour, 'stroke-width': width * 0.34, 'stroke-linecap': 'round', opacity: 0.9 });
}

export function saddle(at: Point, colour: string, comfort = false): string {
  const len = comfort ? 250 : 270;
  const back = add(at, pt(-len * 0.45, -8));
  const nose = add(at, pt(len * 0.55, 4));
  const thick = comfort ? 46 : 30;
  return group(
    path(
      `M ${xy(back)} C ${xy(add(back, pt(10, -thick)))} ${xy(add(nose, pt(-90, -thick * 0.75)))} ${xy(nose)} ` +
        `C ${xy(add(nose, pt(6, 8)))} ${xy(add(nose, pt(-20, 14)))} ${xy(add(nose, pt(-60, 10)))} ` +
        `L ${xy(add(back, pt(40, 14)))} C ${xy(add(back, pt(10, 18)))} ${xy(add(back, pt(-8, 8)))} ${xy(back)} Z`,
      { fill: colour },
    ) + line(add(at, pt(-60, 14)), add(at, pt(60, 14)), { stroke: PALETTE.steel, 'stroke-width': 8, 'stroke-linecap': 'round' }),
  );
}

function cockpit(spec: BikeSpec, g: BikeGeometry): string {
  const steerer = add(g.headTop, polar(spec.headAngle, -45));
  const stem = tube(steerer, g.stemEnd, 26, PALETTE.ink);
  const s = g.stemEnd;
  const bar = { stroke: PALETTE.ink, 'stroke-width': 22, fill: 'none', 'stroke-linecap': 'round' as const };
  const tape = { ...bar, stroke: PALETTE.rubber, 'stroke-width': 28 };
  switch (spec.kind) {
    case 'gravel':
    case 'touring': {
      // Drop bar: forward, down into the drops and back, with a lever hood on top.
      const d = `M ${xy(s)} C ${xy(add(s, pt(70, -4)))} ${xy(add(s, pt(92, 18)))} ${xy(add(s, pt(84, 70)))} C ${xy(add(s, pt(78, 118)))} ${xy(add(s, pt(40, 132)))} ${xy(add(s, pt(-6, 124)))}`;
      return group(
        stem +
          path(d, tape) +
          path(`M ${xy(add(s, pt(62, -6)))} q 30 -30 40 4 q 4 30 -14 62`, { fill: PALETTE.ink }) +
          path(`M ${xy(add(s, pt(82, 40)))} q -40 30 -70 120`, { fill: 'none', stroke: spec.accent, 'stroke-width': 7 }),
      );
    }
    case 'trail': {
      // Flat bar seen end on, with a grip and lever, and a dropper remote cable.
      return group(stem + path(`M ${xy(s)} l 20 -30 l 30 -6`, bar) + rect(s.x + 30, s.y - 52, 64, 30, { rx: 14, fill: PALETTE.rubber }) + path(`M ${xy(add(s, pt(10, -20)))} q -60 60 -120 190`, { fill: 'none', stroke: spec.accent, 'stroke-width': 7 }));
    }
    case 'city': {
      // Swept-back bar reaching towards the rider, with a grip.
      return group(stem + path(`M ${xy(s)} C ${xy(add(s, pt(10, -70)))} ${xy(add(s, pt(-70, -80)))} ${xy(add(s, pt(-150, -58)))}`, bar) + path(`M ${xy(add(s, pt(-95, -76))) } L ${xy(add(s, pt(-160, -56)))}`, { ...bar, stroke: '#6b4a32', 'stroke-width': 30 }));
    }
  }
}

function drivetrain(spec: BikeSpec, g: BikeGeometry): string {
  const ring = spec.kind === 'trail' ? 80 : spec.kind === 'city' ? 88 : 100;
  const cog = spec.kind === 'city' ? 44 : 58;
  const chain = { stroke: '#53595e', 'stroke-width': 7, 'stroke-dasharray': '9 4', fill: 'none' };
  const top = [add(g.bb, pt(0, -ring)), add(g.rear, pt(0, -cog))];
  const parts: string[] = [line(top[0], top[1], chain)];
  if (spec.kind === 'city') {
    parts.push(line(add(g.bb, pt(0, ring)), add(g.rear, pt(0, cog)), chain));
    if (spec.extras?.chainGuard) parts.push(path(`M ${xy(add(g.bb, pt(30, -ring - 18)))} L ${xy(add(g.rear, pt(20, -cog - 18)))} Q ${xy(add(g.rear, pt(-40, -cog - 10)))} ${xy(add(g.rear, pt(-30, 20)))}`, { fill: 'none', stroke: spec.accent, 'stroke-width': 14, 'stroke-linecap': 'round', opacity: 0.95 }));
    parts.push(circle(g.rear, 46, { fill: PALETTE.chrome }), circle(g.rear, 30, { fill: '#8c949b' }));
  } else {
    // The lower run goes round the derailleur's two jockey wheels.
    const upper = add(g.rear, pt(8, 70));
    const lower = add(g.rear, pt(-20, 150));
    parts.push(path(`M ${xy(add(g.bb, pt(0, ring)))} L ${xy(add(lower, pt(0, 18)))} A 18 18 0 0 0 ${xy(add(lower, pt(-14, -10)))} L ${xy(add(upper, pt(-16, 4)))} A 18 18 0 0 1 ${xy(add(g.rear, pt(-cog, 0)))}`, chain));
    for (let r = cog; r > 20; r -= 7) parts.push(circle(g.rear, r, { fill: 'none', stroke: r === cog ? '#7d858b' : '#a8b0b6', 'stroke-width': 4 }));
    parts.push(line(add(g.rear, pt(6, 10)), upper, { stroke: PALETTE.ink, 'stroke-width': 16, 'stroke-linecap': 'round' }));
    parts.push(line(upper, lower, { stroke: PALETTE.ink, 'stroke-width': 12, 'stroke-linecap': 'round' }));
    parts.push(circle(upper, 16, { fill: PALETTE.steel, stroke: PALETTE.ink, 'stroke-width': 5 }), circle(lower, 16, { fill: PALETTE.steel, stroke: PALETTE.ink, 'stroke-width': 5 }));
  }
  // Chainring with teeth, spider, crank arm and pedal.
  parts.push(circle(g.bb, ring, { fill: 'none', stroke: '#3c4247', 'stroke-width': 14 }));
  parts.push(circle(g.bb, ring + 5, { fill: 'none', stroke: '#3c4247', 'stroke-width': 6, 'stroke-dasharray': '5 5' }));
  for (let i = 0; i < 4; i++) parts.push(line(g.bb, add(g.bb, polar(20 + i * 90, ring - 8)), { stroke: '#2d3236', 'stroke-width': 16, 'stroke-linecap': 'round' }));
  const pedal = add(g.bb, polar(62, 170));
  parts.push(tube(g.bb, pedal, 30, PALETTE.ink, 'rgba(255,255,255,0.18)'), circle(g.bb, 26, { fill: '#3c4247' }), circle(g.bb, 11, { fill: PALETTE.chrome }));
  parts.push(rect(pedal.x - 46, pedal.y - 10, 92, 22, { rx: 8, fill: '#2d3236' }));
  return group(parts.join(''));
}

function rack(axle: Point, stay: Point, r: number, side: -1 | 1, colour: string): string {
  const y = axle.y - r - 34;
  const from = side < 0 ? axle.x - r * 0.95 : axle.x - r * 0.55;
  const to = side < 0 ? axle.x + r * 0.35 : axle.x + r * 0.6;
  const stroke = { stroke: PALETTE.ink, 'stroke-width': 12, 'stroke-linecap': 'round' as const };
  return group(
    line(pt(from, y), pt(to, y), stroke) +
      line(pt(from + 30, y), add(axle, pt(-10, -14)), stroke) +
      line(pt(to - 40, y), add(axle, pt(14, -14)), stroke) +
      line(pt(side < 0 ? to : from, y), side < 0 ? stay : add(stay, pt(-6, 40)), { ...stroke, 'stroke-width': 9 }) +
      (side < 0 ? rect(from - 12, y - 10, 34, 20, { rx: 5, fill: colour }) : ''),
  );
}

function pannier(axle: Point, r: number, side: -1 | 1): string {
  const w = side < 0 ? 330 : 250;
  const h = side < 0 ? 360 : 290;
  const x = side < 0 ? axle.x - w * 0.62 : axle.x - w * 0.45;
  const y = axle.y - r - 30;
  const bag = '#8a6a3b';
  return group(
    rect(x, y, w, h, { rx: 34, fill: bag }) +
      rect(x, y, w, h * 0.3, { rx: 30, fill: mix(bag, '#000000', 0.18) }) +
      line(pt(x + w * 0.3, y + h * 0.26), pt(x + w * 0.3, y + h * 0.62), { stroke: PALETTE.ink, 'stroke-width': 10, 'stroke-linecap': 'round' }) +
      line(pt(x + w * 0.7, y + h * 0.26), pt(x + w * 0.7, y + h * 0.62), { stroke: PALETTE.ink, 'stroke-width': 10, 'stroke-linecap': 'round' }) +
      rect(x + 24, y + h - 70, w - 48, 10, { rx: 5, fill: '#e9e2c8', opacity: 0.8 }),
  );
}

function frameBag(a: Point, b: Point, c: Point): string {
  const inset = (p: Point, toward: Point) => lerp(p, toward, 0.12);
  const centre = pt((a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3);
  const [pa, pb, pc] = [inset(a, centre), inset(b, centre), inset(c, centre)];
  return group(
    path(`M ${xy(pa)} L ${xy(pb)} L ${xy(pc)} Z`, { fill: '#2b2f2c', stroke: '#2b2f2c', 'stroke-width': 30, 'stroke-linejoin': 'round' }) +
      line(lerp(pa, pb, 0.1), lerp(pc, pb, 0.25), { stroke: '#8e958c', 'stroke-width': 5, 'stroke-dasharray': '10 6' }),
  );
}

/** Distance from the ground to the top of the drawing: for placing the bike on a floor or a road. */
export const groundY = (g: BikeGeometry) => g.rear.y + g.radius;
export const wheelSpan = (g: BikeGeometry) => dist(g.rear, g.front) + 2 * g.radius;
