import { saddleSide, saddleTop } from '../art/parts';
import { PRODUCT_H, PRODUCT_W } from '../art/scenes';
import { PALETTE, circle, ellipse, group, mix, path, pt, rect, studio, svgDocument } from '../art/svg';

/** The demo vendors' product pictures, drawn like the shop's (decision 0020): studio backdrop, 1600 × 1200. */
const VIEW = { x: 0, y: 0, w: PRODUCT_W, h: PRODUCT_H };
const FLOOR = 1010;
const onStudio = (body: string, shadowWidth = 420) => svgDocument(PRODUCT_W, PRODUCT_H, studio(VIEW, FLOOR, { cx: 800, rx: shadowWidth }) + body);

/** The saddle from above with the pressure map it was shaped from laid over it: cool edges, a warm ring round the channel. */
export function pressureMappedSaddle(): string {
  const base = saddleTop(PALETTE.ink, 150);
  const heat = [
    ellipse(pt(560, 600), 150, 130, { fill: '#2f5f8a', opacity: 0.55 }),
    ellipse(pt(600, 560), 90, 60, { fill: '#5a7d4f', opacity: 0.7 }),
    ellipse(pt(600, 640), 90, 60, { fill: '#5a7d4f', opacity: 0.7 }),
    ellipse(pt(640, 548), 46, 30, { fill: '#e0b040', opacity: 0.85 }),
    ellipse(pt(640, 652), 46, 30, { fill: '#e0b040', opacity: 0.85 }),
    ellipse(pt(660, 548), 18, 12, { fill: PALETTE.ember }),
    ellipse(pt(660, 652), 18, 12, { fill: PALETTE.ember }),
    ellipse(pt(980, 600), 120, 40, { fill: '#2f5f8a', opacity: 0.45 }),
  ].join('');
  const legend = [0, 1, 2, 3].map((i) => rect(1180 + i * 70, 980, 60, 26, { rx: 6, fill: ['#2f5f8a', '#5a7d4f', '#e0b040', PALETTE.ember][i] })).join('');
  return base.replace('</svg>', `${heat}${legend}</svg>`);
}

export const pressureSaddleSide = () => saddleSide('#2a2e31');

/** A tube of chamois cream lying on the studio floor, cap to the right. */
export function chamoisTube(colour: string, label: string): string {
  const body = path('M 420 880 L 1080 820 L 1080 960 L 420 960 Z', { fill: PALETTE.paper, stroke: '#cfc6b8', 'stroke-width': 6 });
  const crimp = rect(380, 860, 50, 110, { rx: 6, fill: '#d8d2c8' });
  const band = path('M 520 872 L 980 830 L 980 950 L 520 950 Z', { fill: colour });
  const cap = rect(1080, 832, 150, 118, { rx: 18, fill: mix(colour, '#000000', 0.35) });
  const text = `<text x="750" y="915" font-family="sans-serif" font-size="54" font-weight="700" fill="#ffffff" text-anchor="middle">${label}</text>`;
  return onStudio(group(crimp + body + band + cap + text), 460);
}

/** The tubeless repair kit: its tin open, the plug tool, a row of sticky plugs. */
export function tubelessKit(): string {
  const tin = rect(420, 640, 520, 330, { rx: 40, fill: PALETTE.slate }) + rect(450, 670, 460, 270, { rx: 28, fill: mix(PALETTE.slate, '#000000', 0.35) });
  const plugs = [0, 1, 2, 3, 4].map((i) => path(`M ${490 + i * 84} 720 q 20 90 -6 190`, { fill: 'none', stroke: '#6b4a2a', 'stroke-width': 22, 'stroke-linecap': 'round' })).join('');
  const tool =
    rect(1000, 900, 360, 60, { rx: 30, fill: PALETTE.ember }) +
    path('M 1000 930 L 860 930', { stroke: PALETTE.chrome, 'stroke-width': 14, 'stroke-linecap': 'round' }) +
    circle(pt(848, 930), 12, { fill: PALETTE.chrome });
  return onStudio(tin + plugs + tool, 520);
}

/** A tub of chain wax beside a coil of chain, its lid leaning on it. */
export function chainWax(): string {
  const links: string[] = [];
  for (let i = 0; i < 48; i++) {
    const a = (i / 48) * Math.PI * 2;
    const c = pt(560 + Math.cos(a) * 330, 820 + Math.sin(a) * 120);
    links.push(ellipse(c, 26, 16, { fill: i % 2 ? '#7d858b' : '#b7bec4', transform: `rotate(${Math.round((a * 180) / Math.PI + 90)} ${Math.round(c.x)} ${Math.round(c.y)})` }), circle(c, 6, { fill: PALETTE.chrome }));
  }
  const tub = rect(960, 700, 360, 300, { rx: 24, fill: PALETTE.moss }) + ellipse(pt(1140, 700), 180, 34, { fill: '#efe6c8' }) + ellipse(pt(1140, 700), 150, 24, { fill: '#e2d5a8' });
  const lid = ellipse(pt(1380, 900), 40, 170, { fill: mix(PALETTE.moss, '#000000', 0.3), transform: 'rotate(-14 1380 900)' });
  const text = `<text x="1140" y="870" font-family="sans-serif" font-size="62" font-weight="700" fill="#ffffff" text-anchor="middle">WAX</text>`;
  return svgDocument(PRODUCT_W, PRODUCT_H, studio(VIEW, FLOOR, { cx: 800, rx: 640 }) + links.join('') + tub + lid + text);
}
