/**
 * A seeded GPX generator for fixtures, the demo and benchmarks: a wandering path at a fixed point
 * spacing (so its true length is known), an elevation profile of Gaussian hills (so its true gain is
 * known), and optional GPS-like noise. Same options and seed, same file.
 *
 * Noise model (`noise` = σ in metres): horizontally, a slowly wandering offset (AR(1), correlation
 * over ~20 points, σ = noise) plus jitter (σ = noise / 3); vertically, a wobble correlated over
 * ~300 m (AR(1), σ = noise / 2), a slow drift correlated over ~2 km (σ = noise) and jitter (σ = noise / 6),
 * like a consumer GPS's altitude: with noise 3 the raw gain comes out two- to three-fold too high.
 */
import { destinationPoint, gaussian, haversineM, offsetPoint, seededRandom, type LatLng } from './geo';
import type { ParsedGpx, TrackPoint } from './types';

export interface Hill {
  /** Where the top is, in metres along the whole path. */
  atM: number;
  /** Its height (negative: a valley). */
  heightM: number;
  /** Its half-width (the Gaussian's σ), in metres. */
  widthM: number;
}

export interface GenerateGpxOptions {
  start?: LatLng;
  /** Track segments (gaps of GAP_M between them, not recorded). Default 1. */
  segments?: number;
  /** How many random hills, or the hills themselves. Default 3. */
  hills?: number | Hill[];
  /** GPS-like noise σ in metres (0: the clean track). Default 0. */
  noise?: number;
  seed?: string;
  withElevation?: boolean;
  withTimes?: boolean;
  /** Points in all, across segments. Default 1000. */
  points?: number;
  /** The initial heading in degrees (0 = north). Default: drawn from the seed. */
  headingDeg?: number;
  /** How much the heading wanders per point (σ in degrees). Default 6. */
  turnDeg?: number;
  /** Distance between consecutive points, in metres. Default 10. */
  spacingM?: number;
  /** Riding speed for the timestamps, metres per second. Default 6. */
  speedMps?: number;
  startTime?: Date;
  /** Elevation at the start, before hills. Default 400. */
  baseEleM?: number;
  name?: string;
  /** What the file holds: a track (default), a `<rte>` or waypoints. */
  kind?: 'track' | 'route' | 'waypoints';
}

export interface GeneratedTrack extends ParsedGpx {
  /** The same points without noise. */
  clean: TrackPoint[][];
  /** The true length of the segments (gaps excluded), in metres. */
  lengthM: number;
  /** The true elevation gain and loss of the clean profile (null without elevation). */
  gainM: number | null;
  lossM: number | null;
}

/** The unrecorded distance between two segments. */
export const GAP_M = 300;

export function generateTrack(options: GenerateGpxOptions = {}): GeneratedTrack {
  const rng = seededRandom(options.seed ?? 'flagship');
  const total = Math.max(2, Math.floor(options.points ?? 1000));
  const segmentCount = Math.max(1, Math.min(Math.floor(options.segments ?? 1), Math.floor(total / 2)));
  const spacing = options.spacingM ?? 10;
  const speed = options.speedMps ?? 6;
  const noise = options.noise ?? 0;
  const withElevation = options.withElevation ?? true;
  const withTimes = options.withTimes ?? true;
  const base = options.baseEleM ?? 400;
  const startTime = (options.startTime ?? new Date('2026-05-01T07:00:00Z')).getTime();
  const pathLength = (total - segmentCount) * spacing + (segmentCount - 1) * GAP_M;
  const hills: Hill[] = Array.isArray(options.hills)
    ? options.hills
    : Array.from({ length: options.hills ?? 3 }, () => ({
        atM: rng() * pathLength,
        heightM: 30 + rng() * 120,
        widthM: 300 + rng() * 900,
      }));
  const elevationAt = (along: number) =>
    base + hills.reduce((sum, hill) => sum + hill.heightM * Math.exp(-(((along - hill.atM) / hill.widthM) ** 2) / 2), 0);

  // Noise state: AR(1) processes with stationary σ; ρ from the correlation length in points.
  const ar = (correlationPoints: number) => {
    const rho = Math.exp(-1 / correlationPoints);
    const scale = Math.sqrt(1 - rho * rho);
    let value = noise > 0 ? gaussian(rng) : 0;
    return () => (value = rho * value + scale * gaussian(rng));
  };
  const wanderEast = ar(20);
  const wanderNorth = ar(20);
  const wobble = ar(300 / spacing);
  const drift = ar(2000 / spacing);

  let position = options.start ?? { lat: 46.948, lng: 7.447 };
  let heading = options.headingDeg ?? rng() * 360;
  const turn = options.turnDeg ?? 6;
  let along = 0;
  let time = startTime;
  const segments: TrackPoint[][] = [];
  const clean: TrackPoint[][] = [];
  let lengthM = 0;
  for (let s = 0; s < segmentCount; s++) {
    const count = Math.floor(total / segmentCount) + (s < total % segmentCount ? 1 : 0);
    const noisy: TrackPoint[] = [];
    const exact: TrackPoint[] = [];
    for (let i = 0; i < count; i++) {
      if (i > 0) {
        heading += gaussian(rng) * turn;
        const next = destinationPoint(position, heading, spacing);
        lengthM += haversineM(position, next);
        position = next;
        along += spacing;
        time += (spacing / speed) * 1000;
      }
      const ele = withElevation ? elevationAt(along) : null;
      const at = withTimes ? new Date(Math.round(time / 1000) * 1000) : null;
      exact.push({ lat: position.lat, lng: position.lng, ele, time: at });
      const moved = noise > 0
        ? offsetPoint(position, {
            eastM: noise * (wanderEast() + gaussian(rng) / 3),
            northM: noise * (wanderNorth() + gaussian(rng) / 3),
          })
        : position;
      noisy.push({
        lat: moved.lat,
        lng: moved.lng,
        ele: ele === null ? null : ele + (noise > 0 ? noise * (gaussian(rng) / 6 + wobble() / 2 + drift()) : 0),
        time: at,
      });
    }
    segments.push(noisy);
    clean.push(exact);
    if (s < segmentCount - 1) {
      position = destinationPoint(position, heading, GAP_M);
      along += GAP_M;
      time += 10 * 60 * 1000; // a stop between segments
    }
  }

  let gainM: number | null = null;
  let lossM: number | null = null;
  if (withElevation) {
    gainM = 0;
    lossM = 0;
    for (const segment of clean) {
      for (let i = 1; i < segment.length; i++) {
        const change = (segment[i].ele as number) - (segment[i - 1].ele as number);
        if (change > 0) gainM += change;
        else lossM -= change;
      }
    }
  }
  const kind = options.kind ?? 'track';
  const source = kind === 'track' ? 'track' : kind === 'route' ? 'route' : 'waypoints';
  const flatten = (list: TrackPoint[][]) => (kind === 'track' ? list : [list.flat()]);
  return { name: options.name ?? null, segments: flatten(segments), clean: flatten(clean), source, lengthM, gainM, lossM };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);

function pointXml(tag: string, point: TrackPoint, indent: string): string {
  const children = [
    point.ele !== null ? `<ele>${point.ele.toFixed(1)}</ele>` : '',
    point.time ? `<time>${point.time.toISOString().replace('.000Z', 'Z')}</time>` : '',
  ].join('');
  return `${indent}<${tag} lat="${point.lat.toFixed(7)}" lon="${point.lng.toFixed(7)}"${children ? `>${children}</${tag}>` : '/>'}\n`;
}

/** A GPX 1.1 document of the segments (as a track, a route or waypoints): for exports and fixtures. */
export function writeGpx(gpx: Pick<ParsedGpx, 'segments'> & Partial<Pick<ParsedGpx, 'name' | 'source'>>): string {
  const name = gpx.name ? escapeXml(gpx.name) : null;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gpx version="1.1" creator="Flagship" xmlns="http://www.topografix.com/GPX/1/1">\n',
    name ? `  <metadata><name>${name}</name></metadata>\n` : '',
  ];
  const source = gpx.source ?? 'track';
  if (source === 'track') {
    parts.push(`  <trk>${name ? `<name>${name}</name>` : ''}\n`);
    for (const segment of gpx.segments) {
      parts.push('    <trkseg>\n');
      for (const point of segment) parts.push(pointXml('trkpt', point, '      '));
      parts.push('    </trkseg>\n');
    }
    parts.push('  </trk>\n');
  } else if (source === 'route') {
    for (const segment of gpx.segments) {
      parts.push(`  <rte>${name ? `<name>${name}</name>` : ''}\n`);
      for (const point of segment) parts.push(pointXml('rtept', point, '    '));
      parts.push('  </rte>\n');
    }
  } else {
    for (const point of gpx.segments.flat()) parts.push(pointXml('wpt', point, '  '));
  }
  parts.push('</gpx>\n');
  return parts.join('');
}

/** A generated GPX file (see generateTrack for the options). */
export function generateGpx(options: GenerateGpxOptions = {}): string {
  const track = generateTrack(options);
  return writeGpx({ name: track.name, segments: track.segments, source: track.source });
}
