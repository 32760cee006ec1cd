import { saddle } from './bike';
import { PRODUCT_H, PRODUCT_W } from './scenes';
import { PALETTE, add, circle, ellipse, group, line, mix, n, path, polar, pt, rect, studio, svgDocument, tube, xy, type Box, type Point } from './svg';

/** Parts and tools on the studio floor: each drawn in a 1600 × 1200 box, floor at y = 1000. */
const VIEW: Box = { x: 0, y: 0, w: PRODUCT_W, h: PRODUCT_H };
const FLOOR = 1010;
const onStudio = (body: string, shadowWidth = 560, tint?: string) => svgDocument(PRODUCT_W, PRODUCT_H, studio(VIEW, FLOOR, { cx: 800, rx: shadowWidth }, tint) + body);

/** A wheel seen at an angle: `squash` narrows it (1 is side on). */
function wheelAt(c: Point, r: number, squash: number, options: { tyre: number; tan?: boolean; cassette?: boolean; tread?: 'gravel' | 'slick' }): string {
  const rim = r - options.tyre;
  const spokes: string[] = [];
  for (let i = 0; i < 24; i++) {
    const a = 15 * i;
    spokes.push(line(polar(a, 26), polar(a + (i % 2 ? 34 : -34), rim - 14), { stroke: PALETTE.steel, 'stroke-width': 3 }));
  }
  const parts = [
    circle(pt(0, 0), r - options.tyre / 2, { fill: 'none', stroke: PALETTE.rubber, 'stroke-width': options.tyre }),
    options.tan ? circle(pt(0, 0), rim + 8, { fill: 'none', stroke: '#b48a5a', 'stroke-width': 16 }) : '',
    options.tread === 'gravel' ? circle(pt(0, 0), r - options.tyre * 0.12, { fill: 'none', stroke: '#3a3f43', 'stroke-width': options.tyre * 0.22, 'stroke-dasharray': '7 10' }) : '',
    circle(pt(0, 0), rim - 14, { fill: 'none', stroke: '#2e3337', 'stroke-width': 30 }),
    circle(pt(0, 0), rim - 22, { fill: 'none', stroke: PALETTE.ember, 'stroke-width': 4, 'stroke-dasharray': '120 260' }),
    spokes.join(''),
    circle(pt(0, 0), 82, { fill: 'none', stroke: PALETTE.chrome, 'stroke-width': 16 }),
    options.cassette ? [58, 52, 46, 40, 34].map((cr) => circle(pt(0, 0), cr, { fill: 'none', stroke: '#9aa3ab', 'stroke-width': 4 })).join('') : '',
    circle(pt(0, 0), 26, { fill: '#5f666c' }),
    circle(pt(0, 0), 10, { fill: PALETTE.chrome }),
  ];
  return group(parts.join(''), { transform: `translate(${xy(c)}) scale(${n(squash)} 1)` });
}

export function wheelset(): string {
  const r = 430;
  return onStudio(
    wheelAt(pt(560, FLOOR - r), r, 0.62, { tyre: 40, tread: 'gravel', cassette: true }) + wheelAt(pt(1040, FLOOR - r), r, 0.78, { tyre: 40, tread: 'gravel' }),
    620,
  );
}

export function wheelHub(): string {
  // Close on the rear hub: flange, spokes, rotor and cassette.
  const body = wheelAt(pt(800, 600), 1500, 1, { tyre: 80, cassette: true });
  return svgDocument(PRODUCT_W, PRODUCT_H, studio(VIEW, FLOOR, { cx: 800, rx: 10 }) + group(body, { transform: 'translate(800 600) scale(5.2) translate(-800 -600)' }));
}

export function saddleSide(colour: string): string {
  return onStudio(group(saddle(pt(0, 0), colour, true) + tube(pt(0, 14), pt(-14, 150), 24, PALETTE.steel), { transform: `translate(800 540) scale(3.4)` }), 520);
}

/** The saddle from above, showing its pressure-relief channel. */
export function saddleTop(colour: string, width: number): string {
  const w = width * 2.6;
  const len = 270 * 2.8;
  const x0 = 800 - len / 2;
  const y0 = 600;
  const outline =
    `M ${n(x0)} ${n(y0)} C ${n(x0)} ${n(y0 - w / 2)} ${n(x0 + len * 0.3)} ${n(y0 - w / 2)} ${n(x0 + len * 0.45)} ${n(y0 - w * 0.22)} ` +
    `C ${n(x0 + len * 0.6)} ${n(y0 - 70)} ${n(x0 + len * 0.95)} ${n(y0 - 60)} ${n(x0 + len)} ${n(y0)} ` +
    `C ${n(x0 + len * 0.95)} ${n(y0 + 60)} ${n(x0 + len * 0.6)} ${n(y0 + 70)} ${n(x0 + len * 0.45)} ${n(y0 + w * 0.22)} ` +
    `C ${n(x0 + len * 0.3)} ${n(y0 + w / 2)} ${n(x0)} ${n(y0 + w / 2)} ${n(x0)} ${n(y0)} Z`;
  const channel = `M ${n(x0 + len * 0.2)} ${n(y0)} C ${n(x0 + len * 0.3)} ${n(y0 - 34)} ${n(x0 + len * 0.62)} ${n(y0 - 26)} ${n(x0 + len * 0.72)} ${n(y0)} C ${n(x0 + len * 0.62)} ${n(y0 + 26)} ${n(x0 + len * 0.3)} ${n(y0 + 34)} ${n(x0 + len * 0.2)} ${n(y0)} Z`;
  return svgDocument(
    PRODUCT_W,
    PRODUCT_H,
    studio(VIEW, 900, { cx: 800, rx: len * 0.55 }) +
      path(outline, { fill: colour }) +
      path(outline, { fill: 'none', stroke: 'rgba(255,255,255,0.12)', 'stroke-width': 10, transform: 'translate(0 -6)' }) +
      path(channel, { fill: mix(colour, '#000000', 0.5) }) +
      rect(x0 + 40, y0 - 22, 60, 44, { rx: 10, fill: PALETTE.ember }),
  );
}

/** A chain coiled on the floor, link by link. */
export function chainCoil(): string {
  const links: string[] = [];
  const plate = (a: Point, b: Point, outer: boolean) => {
    const colour = outer ? '#b7bec4' : '#7d858b';
    return tube(a, b, outer ? 30 : 24, colour, 'rgba(255,255,255,0.45)');
  };
  // An open loop: a spiral that ends in a loose tail with the quick link.
  const points: Point[] = [];
  for (let i = 0; i <= 86; i++) {
    const t = i / 86;
    const angle = -90 + t * 560;
    const radius = 330 - t * 120;
    points.push(add(pt(800, 560), pt(Math.cos((angle * Math.PI) / 180) * radius * 1.35, Math.sin((angle * Math.PI) / 180) * radius * 0.72)));
  }
  for (let i = 0; i < points.length - 1; i++) links.push(plate(points[i], points[i + 1], i % 2 === 0));
  for (const p of points) links.push(circle(p, 9, { fill: '#5b6369' }), circle(p, 4, { fill: PALETTE.chrome }));
  const last = points[points.length - 1];
  links.push(tube(last, add(last, pt(40, 6)), 34, '#d6a93b', 'rgba(255,255,255,0.4)'));
  return onStudio(group(links.join(''), { transform: 'translate(800 600) scale(1.45) translate(-800 -560)' }), 680);
}

/** A close look at a few links: rollers, pins and plates. */
export function chainLinks(): string {
  const parts: string[] = [];
  for (let i = 0; i < 5; i++) {
    const a = pt(220 + i * 290, 600);
    const b = pt(220 + (i + 1) * 290, 600);
    const outer = i % 2 === 0;
    parts.push(rect(a.x - 90, 600 - (outer ? 130 : 110), b.x - a.x + 180, outer ? 260 : 220, { rx: outer ? 120 : 100, fill: outer ? '#b9c0c6' : '#7d858b' }));
  }
  for (let i = 0; i <= 5; i++) parts.push(circle(pt(220 + i * 290, 600), 66, { fill: '#4d5459' }), circle(pt(220 + i * 290, 600), 30, { fill: PALETTE.chrome }));
  return svgDocument(PRODUCT_W, PRODUCT_H, studio(VIEW, FLOOR, { cx: 800, rx: 700 }) + group(parts.join('')));
}

/** A tyre standing up, with its tread and (for the tan-wall one) its tan sidewall. */
export function tyre(tan: boolean, angle: boolean): string {
  const r = 380;
  const c = pt(800, FLOOR - r);
  const width = 64;
  const knobs: string[] = [];
  for (let i = 0; i < 72; i++) {
    const a = i * 5;
    const p = add(pt(0, 0), polar(a, r + 2));
    knobs.push(rect(p.x - 11, p.y - 8, 22, 16, { rx: 4, fill: '#2b2f33', transform: `rotate(${a + 90} ${xy(p)})` }));
  }
  const body =
    circle(pt(0, 0), r - width / 2, { fill: 'none', stroke: PALETTE.rubber, 'stroke-width': width }) +
    knobs.join('') +
    (tan ? circle(pt(0, 0), r - width + 12, { fill: 'none', stroke: '#b48a5a', 'stroke-width': 26 }) : '') +
    circle(pt(0, 0), r - width / 2, { fill: 'none', stroke: 'rgba(255,255,255,0.08)', 'stroke-width': 4, 'stroke-dasharray': '30 20' }) +
    rect(-70, -r + width * 0.32, 140, 18, { rx: 6, fill: tan ? '#f0e2c4' : '#6a7176' });
  return onStudio(group(body, { transform: `translate(${xy(c)}) scale(${angle ? 0.55 : 1} 1)` }), angle ? 300 : 480);
}

export function multitool(open: boolean): string {
  const body = PALETTE.slate;
  const bits: string[] = [];
  const pivot = pt(520, 640);
  const labels = open ? [-58, -40, -24, -8, 8] : [];
  for (const [i, a] of labels.entries()) {
    const tip = add(pivot, polar(a, 420 + i * 12));
    bits.push(tube(pivot, tip, 34, '#b9c0c6', 'rgba(255,255,255,0.5)'), i % 2 ? rect(tip.x - 14, tip.y - 14, 28, 28, { fill: '#8c949b', transform: `rotate(${a} ${xy(tip)})` }) : circle(tip, 14, { fill: '#8c949b' }));
  }
  const side = (y: number) =>
    path(`M ${n(pivot.x - 70)} ${n(y)} h 680 a 70 70 0 0 1 0 140 h -680 a 70 70 0 0 1 0 -140 Z`, { fill: body }) +
    path(`M ${n(pivot.x - 20)} ${n(y + 30)} h 560`, { stroke: 'rgba(255,255,255,0.18)', 'stroke-width': 14, 'stroke-linecap': 'round' });
  return onStudio(
    group(bits.join('') +
      side(pivot.y - 70) +
      rect(pivot.x + 300, pivot.y - 34, 180, 68, { rx: 12, fill: PALETTE.ember }) +
      circle(pivot, 30, { fill: PALETTE.chrome }) +
      circle(add(pivot, pt(680, 0)), 30, { fill: PALETTE.chrome }) +
      (open ? '' : rect(pivot.x - 40, pivot.y + 80, 700, 20, { rx: 10, fill: '#b9c0c6' })), { transform: 'translate(800 640) scale(1.4) translate(-860 -560)' }),
    560,
  );
}

export function torqueWrench(detail: boolean): string {
  const start = pt(200, 640);
  const end = pt(1400, 560);
  const body =
    tube(start, end, 70, '#4d5459', 'rgba(255,255,255,0.3)') +
    tube(add(start, pt(-10, 1)), lerpPt(start, end, 0.3), 96, PALETTE.ink, 'rgba(255,255,255,0.12)') +
    circle(end, 78, { fill: '#7d858b' }) +
    circle(end, 46, { fill: '#5b6369' }) +
    rect(end.x - 18, end.y - 18, 36, 36, { fill: PALETTE.chrome }) +
    // The scale window with its marks, and the locking ring.
    rect(700, 560, 340, 52, { rx: 10, fill: '#e9e2cf', transform: 'rotate(-3.8 870 586)' }) +
    Array.from({ length: 10 }, (_, i) => line(pt(720 + i * 32, 572 - i * 2.1), pt(720 + i * 32, (i % 2 ? 590 : 600) - i * 2.1), { stroke: PALETTE.ink, 'stroke-width': 4 })).join('') +
    tube(lerpPt(start, end, 0.3), lerpPt(start, end, 0.34), 104, PALETTE.ember);
  if (!detail) return onStudio(body, 640);
  return svgDocument(PRODUCT_W, PRODUCT_H, studio({ x: 560, y: 380, w: 600, h: 450 }, FLOOR, { cx: 800, rx: 10 }) + body, { x: 560, y: 380, w: 600, h: 450 });
}

function lerpPt(a: Point, b: Point, t: number): Point {
  return pt(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
}

/** The folding stand: three legs, a mast and the clamp head, optionally holding a frame. */
export function workStand(withFrame: boolean, frameColour: string): string {
  const foot = (x: number) => pt(x, FLOOR);
  const hub = pt(800, 820);
  const top = pt(800, 360);
  const head = add(top, pt(60, -40));
  const parts = [
    tube(hub, foot(460), 30, PALETTE.ink),
    tube(hub, foot(1140), 30, PALETTE.ink),
    tube(hub, foot(860), 26, mix(PALETTE.ink, '#ffffff', 0.2)),
    tube(hub, top, 44, '#5b6369', 'rgba(255,255,255,0.3)'),
    tube(add(hub, pt(0, -150)), add(hub, pt(0, -110)), 60, PALETTE.ember),
    tube(top, head, 36, '#5b6369'),
    rect(head.x - 20, head.y - 50, 130, 100, { rx: 20, fill: PALETTE.ink }),
    rect(head.x + 94, head.y - 34, 30, 68, { rx: 8, fill: PALETTE.ember }),
    ellipse(foot(460), 40, 12, { fill: PALETTE.rubber }),
    ellipse(foot(1140), 40, 12, { fill: PALETTE.rubber }),
    ellipse(foot(860), 36, 10, { fill: PALETTE.rubber }),
  ];
  if (withFrame) {
    // A bare frame clamped by its seat post.
    const clamp = add(head, pt(50, 0));
    const bb = add(clamp, pt(140, 420));
    const seatTop = add(clamp, pt(30, 60));
    const headTop = add(seatTop, pt(520, 10));
    const headBottom = add(headTop, pt(50, 150));
    const rear = add(bb, pt(-410, -70));
    parts.push(
      tube(clamp, seatTop, 24, PALETTE.steel),
      tube(bb, rear, 26, mix(frameColour, '#000000', 0.25)),
      tube(seatTop, rear, 22, frameColour),
      tube(bb, seatTop, 34, frameColour),
      tube(bb, headBottom, 38, frameColour),
      tube(seatTop, headTop, 32, frameColour),
      tube(headTop, headBottom, 44, frameColour),
      circle(bb, 28, { fill: '#3c4247' }),
    );
  }
  return onStudio(parts.join(''), 460);
}
