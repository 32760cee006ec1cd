import { displace } from './geo';

/**
 * A seeded GPX track for the demo and tests (until the GPX engine's own generator is merged): a ride
 * from `start` heading out and looping back, with hills (`hills` sine climbs, `hillHeightM` high),
 * split into `segments`, with GPS-like noise (`noiseM` horizontal, a third of it vertical) and times.
 * Same options, same file.
 */
export interface SampleGpxOptions {
  start: { lat: number; lng: number };
  points?: number;
  /** Metres between points. */
  stepM?: number;
  segments?: number;
  hills?: number;
  hillHeightM?: number;
  noiseM?: number;
  /** Direction of the way out, in degrees from north. */
  headingDeg?: number;
  seed?: number;
  name?: string;
  withElevation?: boolean;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The true (noise-free) points of the sample track, for tests that compare with what is served. */
export function sampleTrack(options: SampleGpxOptions): { lat: number; lng: number; ele: number; t: number }[][] {
  const { start, points = 600, stepM = 25, segments = 1, hills = 3, hillHeightM = 120, noiseM = 0, headingDeg = 45, seed = 1, withElevation = true } = options;
  const random = mulberry32(seed);
  const noise = () => (random() - 0.5) * 2 * noiseM;
  const out: { lat: number; lng: number; ele: number; t: number }[] = [];
  let position = { ...start };
  let heading = (headingDeg * Math.PI) / 180;
  for (let i = 0; i < points; i++) {
    const progress = i / (points - 1);
    // Out for the first half, a wide turn, back home: a loop that ends where it starts.
    const turn = (2 * Math.PI) / points;
    if (i > 0) {
      position = displace(position, stepM * Math.sin(heading), stepM * Math.cos(heading));
      // A loop with bends: the steady turn, a slow swing either side and a little jitter.
      heading += turn + 0.06 * Math.sin(i / 23 + seed) + (random() - 0.5) * 0.05;
    }
    const ele = withElevation ? 200 + hillHeightM * Math.sin(progress * Math.PI * hills) ** 2 : NaN;
    out.push({ ...displace(position, noise(), noise()), ele: ele + noise() / 3, t: 1_760_000_000 + i * 6 });
  }
  const size = Math.ceil(out.length / segments);
  return Array.from({ length: segments }, (_, s) => out.slice(s * size, (s + 1) * size)).filter((s) => s.length > 1);
}

export function sampleGpx(options: SampleGpxOptions): string {
  const segments = sampleTrack(options);
  const withElevation = options.withElevation ?? true;
  const point = (p: { lat: number; lng: number; ele: number; t: number }) =>
    `<trkpt lat="${p.lat.toFixed(6)}" lon="${p.lng.toFixed(6)}">${withElevation ? `<ele>${p.ele.toFixed(1)}</ele>` : ''}<time>${new Date(p.t * 1000).toISOString()}</time></trkpt>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Flagship sample" xmlns="http://www.topografix.com/GPX/1/1">',
    `<trk><name>${options.name ?? 'Sample ride'}</name>`,
    ...segments.map((segment) => `<trkseg>\n${segment.map(point).join('\n')}\n</trkseg>`),
    '</trk></gpx>',
    '',
  ].join('\n');
}
