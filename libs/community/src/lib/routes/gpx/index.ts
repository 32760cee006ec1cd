/**
 * The GPX engine's contract (decision 0026; the gpx work replaces the naive bodies below with the
 * hardened parser, smoothed elevation, real simplification and privacy hiding, keeping these
 * signatures). Pure functions: no database, no Nest.
 */
import { badInput } from '@flagship/api-core';

export interface TrackPoint {
  lat: number;
  lng: number;
  /** Metres above sea level, when the file has it. */
  ele: number | null;
  time: Date | null;
}

export interface ParsedGpx {
  name: string | null;
  /** Track segments (`<trkseg>`), or one segment made of a `<rte>` or of the waypoints. */
  segments: TrackPoint[][];
  source: 'track' | 'route' | 'waypoints';
}

export interface BoundingBox {
  minLat: number;
  minLng: number;
  maxLat: number;
  maxLng: number;
}

export interface TrackStats {
  distanceM: number;
  /** Null when the track has no elevation. */
  elevationGainM: number | null;
  elevationLossM: number | null;
  bbox: BoundingBox;
  pointCount: number;
  /** From the first to the last timestamp, when the track has times. */
  durationS: number | null;
  startedAt: Date | null;
}

export interface ProfilePoint {
  /** Distance along the track from its start, in metres. */
  distanceM: number;
  ele: number;
}

/** A circle whose inside is hidden from everyone but the owner; its centre is already displaced. */
export interface HiddenCircle {
  lat: number;
  lng: number;
  radiusM: number;
}

export interface PrivacyOptions {
  /** The member's privacy zones, with their kept random offsets applied to the centres. */
  zones: HiddenCircle[];
  /** The member's kept offset for start/end hiding, in metres east and north. */
  endOffset: { eastM: number; northM: number };
  /** Varies the hidden distances per track (e.g. the route's id): same seed, same result. */
  seed: string;
}

/** Files larger than this are refused outright. */
export const MAX_GPX_BYTES = 25 * 1024 * 1024;

/** Reads a GPX file. Refuses (BAD_USER_INPUT on `file`) what is not GPX or has no points. NAIVE STUB. */
export function parseGpx(source: Buffer | string): ParsedGpx {
  const xml = typeof source === 'string' ? source : source.toString('utf8');
  if (!/<gpx[\s>]/.test(xml)) throw badInput('file', 'This is not a GPX file');
  const points = (tag: string, text = xml) =>
    [...text.matchAll(new RegExp(`<${tag}\\s+([^>]*?)(/>|>([\\s\\S]*?)</${tag}>)`, 'g'))].map((m) => {
      const attr = (name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(m[1])?.[1]);
      const ele = /<ele>([^<]+)<\/ele>/.exec(m[3] ?? '')?.[1];
      const time = /<time>([^<]+)<\/time>/.exec(m[3] ?? '')?.[1];
      return { lat: attr('lat'), lng: attr('lon'), ele: ele ? Number(ele) : null, time: time ? new Date(time) : null };
    });
  const segments = [...xml.matchAll(/<trkseg>([\s\S]*?)<\/trkseg>/g)].map((m) => points('trkpt', m[1])).filter((s) => s.length);
  if (segments.length) return { name: null, segments, source: 'track' };
  const route = points('rtept');
  if (route.length) return { name: null, segments: [route], source: 'route' };
  const waypoints = points('wpt');
  if (waypoints.length) return { name: null, segments: [waypoints], source: 'waypoints' };
  throw badInput('file', 'The GPX file has no track, route or waypoints');
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function haversineM(a: Pick<TrackPoint, 'lat' | 'lng'>, b: Pick<TrackPoint, 'lat' | 'lng'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance, elevation gain and loss, bounding box, duration. NAIVE STUB (raw elevation, no smoothing). */
export function trackStats(segments: TrackPoint[][]): TrackStats {
  let distanceM = 0;
  let gain = 0;
  let loss = 0;
  let hasEle = false;
  const all = segments.flat();
  for (const segment of segments) {
    for (let i = 1; i < segment.length; i++) {
      distanceM += haversineM(segment[i - 1], segment[i]);
      const a = segment[i - 1].ele;
      const b = segment[i].ele;
      if (a !== null && b !== null) {
        hasEle = true;
        if (b > a) gain += b - a;
        else loss += a - b;
      }
    }
  }
  const times = all.map((p) => p.time?.getTime()).filter((t): t is number => t !== undefined && !Number.isNaN(t));
  return {
    distanceM,
    elevationGainM: hasEle ? gain : null,
    elevationLossM: hasEle ? loss : null,
    bbox: {
      minLat: Math.min(...all.map((p) => p.lat)),
      minLng: Math.min(...all.map((p) => p.lng)),
      maxLat: Math.max(...all.map((p) => p.lat)),
      maxLng: Math.max(...all.map((p) => p.lng)),
    },
    pointCount: all.length,
    durationS: times.length > 1 ? (Math.max(...times) - Math.min(...times)) / 1000 : null,
    startedAt: times.length ? new Date(Math.min(...times)) : null,
  };
}

/** Fewer points, the shape kept within `toleranceM`. NAIVE STUB (keeps every nth point). */
export function simplifyTrack(segments: TrackPoint[][], toleranceM = 5): TrackPoint[][] {
  const step = Math.max(1, Math.round(toleranceM / 5));
  return segments.map((s) => s.filter((_, i) => i % step === 0 || i === s.length - 1));
}

/** Google's encoded polyline (precision 5) of the points. */
export function encodePolyline(points: Pick<TrackPoint, 'lat' | 'lng'>[]): string {
  let out = '';
  let lastLat = 0;
  let lastLng = 0;
  const encode = (value: number) => {
    let v = value < 0 ? ~(value << 1) : value << 1;
    while (v >= 0x20) {
      out += String.fromCharCode((0x20 | (v & 0x1f)) + 63);
      v >>= 5;
    }
    out += String.fromCharCode(v + 63);
  };
  for (const point of points) {
    const lat = Math.round(point.lat * 1e5);
    const lng = Math.round(point.lng * 1e5);
    encode(lat - lastLat);
    encode(lng - lastLng);
    lastLat = lat;
    lastLng = lng;
  }
  return out;
}

/** Distance along the track against elevation, `samples` points at most (for the profile chart). */
export function elevationProfile(segments: TrackPoint[][], samples = 200): ProfilePoint[] {
  const profile: ProfilePoint[] = [];
  let distanceM = 0;
  for (const segment of segments) {
    segment.forEach((point, i) => {
      if (i > 0) distanceM += haversineM(segment[i - 1], point);
      if (point.ele !== null) profile.push({ distanceM, ele: point.ele });
    });
  }
  const step = Math.max(1, Math.ceil(profile.length / samples));
  return profile.filter((_, i) => i % step === 0);
}

/**
 * What others may see of a member's track: the parts inside the member's privacy zones and near its
 * start and end removed (segments split where a hidden part was cut out). NAIVE STUB (fixed 300 m).
 */
export function hidePrivateParts(segments: TrackPoint[][], options: PrivacyOptions): TrackPoint[][] {
  const all = segments.flat();
  if (all.length === 0) return [];
  const ends = [all[0], all[all.length - 1]];
  const hidden = (p: TrackPoint) =>
    options.zones.some((zone) => haversineM(p, zone) <= zone.radiusM) || ends.some((end) => haversineM(p, end) <= 300);
  const out: TrackPoint[][] = [];
  for (const segment of segments) {
    let current: TrackPoint[] = [];
    for (const point of segment) {
      if (hidden(point)) {
        if (current.length > 1) out.push(current);
        current = [];
      } else current.push(point);
    }
    if (current.length > 1) out.push(current);
  }
  return out;
}
