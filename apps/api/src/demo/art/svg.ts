/**
 * Small helpers for the demo's drawings: plain SVG strings, numbers rounded so that the same drawing
 * is always the same text (the render cache is keyed by it).
 */
export interface Point {
  x: number;
  y: number;
}

export const pt = (x: number, y: number): Point => ({ x, y });
export const add = (a: Point, b: Point): Point => pt(a.x + b.x, a.y + b.y);
export const scale = (a: Point, k: number): Point => pt(a.x * k, a.y * k);
export const lerp = (a: Point, b: Point, t: number): Point => pt(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
export const polar = (angleDeg: number, length: number): Point => pt(Math.cos((angleDeg * Math.PI) / 180) * length, Math.sin((angleDeg * Math.PI) / 180) * length);
export const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** A number as SVG text: two decimals at most. */
export const n = (value: number) => String(Math.round(value * 100) / 100);
export const xy = (p: Point) => `${n(p.x)} ${n(p.y)}`;

type Attrs = Record<string, string | number | undefined>;
const attrs = (a: Attrs) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join('');

export const line = (a: Point, b: Point, a2: Attrs = {}) => `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}"${attrs(a2)}/>`;
export const circle = (c: Point, r: number, a2: Attrs = {}) => `<circle cx="${n(c.x)}" cy="${n(c.y)}" r="${n(r)}"${attrs(a2)}/>`;
export const ellipse = (c: Point, rx: number, ry: number, a2: Attrs = {}) => `<ellipse cx="${n(c.x)}" cy="${n(c.y)}" rx="${n(rx)}" ry="${n(ry)}"${attrs(a2)}/>`;
export const rect = (x: number, y: number, w: number, h: number, a2: Attrs = {}) => `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${attrs(a2)}/>`;
export const path = (d: string, a2: Attrs = {}) => `<path d="${d}"${attrs(a2)}/>`;
export const polyline = (points: Point[], a2: Attrs = {}) => `<polyline points="${points.map(xy).join(' ')}"${attrs(a2)}/>`;
export const group = (body: string, a2: Attrs = {}) => `<g${attrs(a2)}>${body}</g>`;

/** A tube: a thick line with round ends, lighter along its top edge for a little volume. */
export function tube(a: Point, b: Point, width: number, colour: string, highlight = 'rgba(255,255,255,0.22)'): string {
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  const off = pt(Math.sin(angle) * width * 0.22, -Math.cos(angle) * width * 0.22);
  return (
    line(a, b, { stroke: colour, 'stroke-width': width, 'stroke-linecap': 'round' }) +
    line(add(a, off), add(b, off), { stroke: highlight, 'stroke-width': width * 0.28, 'stroke-linecap': 'round' })
  );
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A whole picture, `width` × `height` pixels, drawing in the coordinates of `view`. */
export function svgDocument(width: number, height: number, body: string, view: Box = { x: 0, y: 0, w: width, h: height }): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.w)} ${n(view.h)}">` +
    body +
    `</svg>`
  );
}

/** A view of `box` filling a `width`:`height` picture, with `margin` (a fraction of it) around. */
export function fit(box: Box, width: number, height: number, margin: number): Box {
  const k = Math.max(box.w / (width * (1 - 2 * margin)), box.h / (height * (1 - 2 * margin)));
  const w = width * k;
  const h = height * k;
  return { x: box.x + box.w / 2 - w / 2, y: box.y + box.h / 2 - h / 2, w, h };
}

/** A deterministic pseudo-random sequence (for texture that must not change between runs). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Mixes two #rrggbb colours. */
export function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((v, i) => Math.round(v + (pb[i] - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

export const PALETTE = {
  forest: '#1f3b33',
  moss: '#5a7d4f',
  ember: '#c4572e',
  sand: '#d9c39a',
  slate: '#4a5561',
  harbour: '#2f5f8a',
  ink: '#1d2124',
  rubber: '#262a2d',
  steel: '#9aa3ab',
  chrome: '#c9cfd4',
  cream: '#f3eee5',
  paper: '#faf7f2',
};

/** The studio backdrop of a product picture: a soft paper sweep and a shadow on the floor. */
export function studio(view: Box, floorY: number, shadow: { cx: number; rx: number }, tint = PALETTE.cream): string {
  const id = 'studio';
  return (
    `<defs><radialGradient id="${id}" cx="0.5" cy="0.38" r="0.8"><stop offset="0" stop-color="${PALETTE.paper}"/><stop offset="1" stop-color="${tint}"/></radialGradient>` +
    `<radialGradient id="${id}-shadow"><stop offset="0" stop-color="#000" stop-opacity="0.28"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs>` +
    rect(view.x, view.y, view.w, view.h, { fill: `url(#${id})` }) +
    ellipse(pt(shadow.cx, floorY), shadow.rx, shadow.rx * 0.06, { fill: `url(#${id}-shadow)` })
  );
}
