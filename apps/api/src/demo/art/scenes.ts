import { bikeGeometry, drawBike, groundY, type BikeGeometry, type BikeSpec } from './bike';
import { PALETTE, add, circle, ellipse, fit, group, lerp, mix, n, path, polar, pt, rect, seeded, studio, svgDocument, tube, xy, type Box, type Point } from './svg';

/** Product pictures are 4:3, drawn at the widest stored width. */
export const PRODUCT_W = 1600;
export const PRODUCT_H = 1200;

/** The bike on the studio floor, whole. */
export function bikeStudio(spec: BikeSpec): string {
  const g = bikeGeometry(spec);
  const view = fit(g.box, PRODUCT_W, PRODUCT_H, 0.07);
  return svgDocument(PRODUCT_W, PRODUCT_H, studio(view, groundY(g), { cx: (g.rear.x + g.front.x) / 2, rx: g.box.w * 0.55 }) + drawBike(spec, g), view);
}

/** A close look at one part of the bike: the drivetrain or the cockpit. */
export function bikeDetail(spec: BikeSpec, part: 'drivetrain' | 'cockpit'): string {
  const g = bikeGeometry(spec);
  const centre = part === 'drivetrain' ? lerp(g.rear, g.bb, 0.55) : add(lerp(g.headTop, g.stemEnd, 0.5), pt(0, 40));
  const w = part === 'drivetrain' ? 820 : 620;
  const view: Box = { x: centre.x - w / 2, y: centre.y - (w * 0.75) / 2, w, h: w * 0.75 };
  return svgDocument(PRODUCT_W, PRODUCT_H, studio(view, groundY(g), { cx: centre.x, rx: w }) + drawBike(spec, g), view);
}

/** The bike parked on a gravel road below the hills, in the evening light. */
export function bikeOutdoors(spec: BikeSpec, seed: number): string {
  const g = bikeGeometry(spec);
  const view = fit(g.box, PRODUCT_W, PRODUCT_H, 0.16);
  // Lower the bike in the frame so there is sky and hills above it.
  const shifted: Box = { ...view, y: view.y - view.h * 0.1 };
  const ground = groundY(g);
  const land = landscape(shifted, ground - view.h * 0.02, seed, { road: true });
  const shadow = ellipse(pt((g.rear.x + g.front.x) / 2, ground), g.box.w * 0.5, 22, { fill: '#000', opacity: 0.18 });
  return svgDocument(PRODUCT_W, PRODUCT_H, land + shadow + drawBike(spec, g), shifted);
}

/** The home page's hero: ridgelines at dawn and a rider on the road, in the brand's colours. */
export function heroLandscape(spec: BikeSpec): string {
  const width = 1600;
  const height = 700;
  const g = bikeGeometry(spec);
  // The scene's own scale: the bike (about 1.9 m long) is small on the road at the right.
  const view: Box = { x: -5200, y: -2600, w: 8400, h: (8400 * height) / width };
  const ground = groundY(g);
  const land = landscape(view, ground, 7, { road: true, sun: pt(-3300, -1000) });
  const rider = drawRider(g, PALETTE.ember);
  return svgDocument(width, height, land + ellipse(pt((g.rear.x + g.front.x) / 2, ground), 900, 36, { fill: '#000', opacity: 0.16 }) + drawBike(spec, g) + rider, view);
}

/**
 * Sky, sun, three ridgelines fading into the distance (the brand's name, drawn) and the near
 * meadow with a gravel road, filling `view`; the road's surface is at `groundY`.
 */
export function landscape(view: Box, groundY: number, seed: number, options: { road?: boolean; sun?: Point } = {}): string {
  const random = seeded(seed);
  const sky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9c8c6"/><stop offset="0.55" stop-color="#eed8b0"/><stop offset="1" stop-color="#f6c98e"/></linearGradient>` +
    `<radialGradient id="sun"><stop offset="0" stop-color="#fff6dc"/><stop offset="0.35" stop-color="#fde3a6" stop-opacity="0.9"/><stop offset="1" stop-color="#f6c98e" stop-opacity="0"/></radialGradient></defs>`;
  const parts: string[] = [sky, rect(view.x, view.y, view.w, view.h, { fill: 'url(#sky)' })];
  const sun = options.sun ?? pt(view.x + view.w * 0.72, view.y + view.h * 0.34);
  parts.push(circle(sun, view.w * 0.16, { fill: 'url(#sun)' }), circle(sun, view.w * 0.035, { fill: '#fff3d1' }));
  const horizon = groundY - view.h * 0.12;
  const layers = [
    { base: horizon - view.h * 0.3, amp: view.h * 0.22, colour: mix(PALETTE.forest, '#eed8b0', 0.72) },
    { base: horizon - view.h * 0.16, amp: view.h * 0.18, colour: mix(PALETTE.forest, '#eed8b0', 0.5) },
    { base: horizon - view.h * 0.04, amp: view.h * 0.12, colour: mix(PALETTE.forest, '#d9c39a', 0.22) },
  ];
  for (const layer of layers) parts.push(ridge(view, layer.base, layer.amp, random, layer.colour));
  // The meadow rises gently to the road.
  const meadowTop = groundY - view.h * 0.06;
  parts.push(
    path(`M ${n(view.x)} ${n(meadowTop + view.h * 0.02)} C ${n(view.x + view.w * 0.3)} ${n(meadowTop - view.h * 0.05)} ${n(view.x + view.w * 0.65)} ${n(meadowTop + view.h * 0.03)} ${n(view.x + view.w)} ${n(meadowTop - view.h * 0.02)} L ${n(view.x + view.w)} ${n(view.y + view.h)} L ${n(view.x)} ${n(view.y + view.h)} Z`, { fill: PALETTE.moss }),
  );
  if (options.road) {
    const thickness = view.h * 0.05;
    parts.push(rect(view.x, groundY - thickness * 0.25, view.w, thickness, { fill: '#cdb58a' }), rect(view.x, groundY - thickness * 0.25, view.w, thickness * 0.18, { fill: '#e2cda3' }));
    parts.push(rect(view.x, groundY + thickness * 0.75, view.w, view.y + view.h - groundY, { fill: mix(PALETTE.moss, PALETTE.forest, 0.4) }));
    // Gravel: small stones scattered on the road, always the same.
    for (let i = 0; i < 140; i++) {
      const p = pt(view.x + random() * view.w, groundY + random() * thickness * 0.7);
      parts.push(ellipse(p, thickness * (0.03 + random() * 0.04), thickness * 0.02, { fill: '#a89470', opacity: 0.7 }));
    }
  }
  // Grass tufts in the foreground.
  for (let i = 0; i < 60; i++) {
    const base = pt(view.x + random() * view.w, meadowTop + view.h * (0.02 + random() * 0.03));
    if (options.road && base.y > groundY - view.h * 0.03) continue;
    const h = view.h * (0.015 + random() * 0.02);
    parts.push(path(`M ${xy(base)} l ${n(-h * 0.3)} ${n(-h)} M ${xy(base)} l 0 ${n(-h * 1.2)} M ${xy(base)} l ${n(h * 0.35)} ${n(-h * 0.9)}`, { stroke: mix(PALETTE.moss, PALETTE.forest, 0.5), 'stroke-width': view.w * 0.0012, 'stroke-linecap': 'round' }));
  }
  return group(parts.join(''));
}

/** A ridgeline across `view`: midpoint displacement from `base`, up to `amplitude` above it. */
function ridge(view: Box, base: number, amplitude: number, random: () => number, colour: string): string {
  let heights = [random(), random()];
  let rough = 0.6;
  for (let level = 0; level < 6; level++) {
    const next: number[] = [];
    for (let i = 0; i < heights.length - 1; i++) next.push(heights[i], (heights[i] + heights[i + 1]) / 2 + (random() - 0.5) * rough);
    next.push(heights[heights.length - 1]);
    heights = next;
    rough *= 0.55;
  }
  const min = Math.min(...heights);
  const max = Math.max(...heights);
  const points = heights.map((h, i) => pt(view.x + (view.w * i) / (heights.length - 1), base - ((h - min) / (max - min || 1)) * amplitude));
  return path(`M ${n(view.x)} ${n(view.y + view.h)} L ${points.map(xy).join(' L ')} L ${n(view.x + view.w)} ${n(view.y + view.h)} Z`, { fill: colour });
}

/** A rider on the bike: hips on the saddle, hands on the bars, feet on the pedals. */
function drawRider(g: BikeGeometry, jersey: string): string {
  const skin = '#c98d6a';
  const hip = add(g.saddle, pt(-20, -40));
  const hands = add(g.stemEnd, pt(70, 0));
  const shoulder = add(hip, polar(-32, 520));
  const head = add(shoulder, pt(105, -95));
  const pedalA = add(g.bb, polar(62, 170));
  const pedalB = add(g.bb, polar(242, 170));
  const knee = (foot: Point) => {
    // Thigh and shin of 440 mm each: the knee sits where both reach, in front of the line hip–foot.
    const d = Math.min(Math.hypot(foot.x - hip.x, foot.y - hip.y), 870);
    const along = Math.atan2(foot.y - hip.y, foot.x - hip.x);
    const bend = Math.acos(d / 880);
    return add(hip, polar(((along - bend) * 180) / Math.PI, 440));
  };
  const limb = (a: Point, b: Point, c: Point, width: number, colour: string) => path(`M ${xy(a)} L ${xy(b)} L ${xy(c)}`, { fill: 'none', stroke: colour, 'stroke-width': width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
  const elbow = add(lerp(shoulder, hands, 0.5), pt(-10, 60));
  return group(
    limb(hip, knee(pedalB), pedalB, 95, mix(PALETTE.ink, '#ffffff', 0.12)) +
      limb(hip, knee(pedalA), pedalA, 100, PALETTE.ink) +
      tube(hip, shoulder, 165, jersey, 'rgba(255,255,255,0.18)') +
      limb(shoulder, elbow, hands, 70, jersey) +
      circle(hands, 40, { fill: skin }) +
      circle(head, 80, { fill: skin }) +
      // Helmet, with vents.
      path(`M ${xy(add(head, pt(-118, 10)))} C ${xy(add(head, pt(-110, -150)))} ${xy(add(head, pt(110, -150)))} ${xy(add(head, pt(130, -10)))} Z`, { fill: PALETTE.forest }) +
      path(`M ${xy(add(head, pt(-60, -70)))} l 40 -10 M ${xy(add(head, pt(0, -90)))} l 40 0 M ${xy(add(head, pt(55, -72)))} l 30 10`, { stroke: mix(PALETTE.forest, '#ffffff', 0.4), 'stroke-width': 14, 'stroke-linecap': 'round' }),
  );
}

/** The brand's logo mark: a ridgeline under a rising sun, in a roundel. */
export function logoMark(): string {
  const size = 512;
  const c = pt(256, 256);
  return svgDocument(
    size,
    size,
    `<defs><clipPath id="disc"><circle cx="256" cy="256" r="220"/></clipPath></defs>` +
      circle(c, 240, { fill: PALETTE.forest }) +
      group(
        circle(pt(330, 250), 70, { fill: PALETTE.ember }) +
          path('M 20 380 L 130 250 L 190 310 L 280 190 L 360 290 L 410 250 L 500 360 L 500 520 L 20 520 Z', { fill: PALETTE.moss }) +
          path('M 20 430 L 150 330 L 230 390 L 330 300 L 500 420 L 500 520 L 20 520 Z', { fill: '#e8d9b5' }) +
          // Snow on the two peaks.
          path('M 280 190 L 318 238 L 300 232 L 284 248 L 266 230 L 246 236 Z M 130 250 L 156 281 L 142 276 L 130 288 L 118 277 L 106 279 Z', { fill: '#f3eee5' }),
        { 'clip-path': 'url(#disc)' },
      ) +
      circle(c, 228, { fill: 'none', stroke: '#f3eee5', 'stroke-width': 10 }),
  );
}

export { studio, svgDocument, fit };
