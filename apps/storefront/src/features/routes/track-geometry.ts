/** Decodes Google's encoded polyline (precision 5): the API's `Route.polylines`. */
export function decodePolyline(encoded: string): { lat: number; lng: number }[] {
  const points: { lat: number; lng: number }[] = [];
  let index = 0;
  let lat = 0;
  let lng = 0;
  const next = () => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = encoded.charCodeAt(index++) - 63;
      result |= (byte & 0x1f) << shift;
      shift += 5;
    } while (byte >= 0x20 && index < encoded.length);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (index < encoded.length) {
    lat += next();
    lng += next();
    points.push({ lat: lat / 1e5, lng: lng / 1e5 });
  }
  return points;
}

/**
 * SVG paths of the segments, projected (equirectangular, longitudes shortened by the cosine of the
 * middle latitude, so shapes keep their proportions at any latitude) and fitted, centred, into a
 * `width` × `height` box with `padding`; `marks` (pinned photos' points) are projected the same way.
 */
export function fitTrack(
  segments: { lat: number; lng: number }[][],
  width: number,
  height: number,
  padding = 16,
  marks: { lat: number; lng: number }[] = [],
): { paths: string[]; start: [number, number] | null; end: [number, number] | null; marks: [number, number][] } {
  const all = segments.flat();
  if (all.length === 0) return { paths: [], start: null, end: null, marks: [] };
  const midLat = (Math.min(...all.map((p) => p.lat)) + Math.max(...all.map((p) => p.lat))) / 2;
  const scaleX = Math.cos((midLat * Math.PI) / 180);
  const xs = all.map((p) => p.lng * scaleX);
  const ys = all.map((p) => -p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * padding) / (maxX - minX || 1e-9), (height - 2 * padding) / (maxY - minY || 1e-9));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const project = (p: { lat: number; lng: number }): [number, number] => [round(offsetX + (p.lng * scaleX - minX) * scale), round(offsetY + (-p.lat - minY) * scale)];
  const paths = segments.filter((s) => s.length > 1).map((segment) => segment.map((p, i) => `${i ? 'L' : 'M'}${project(p).join(' ')}`).join(''));
  return { paths, start: project(all[0]), end: project(all[all.length - 1]), marks: marks.map(project) };
}

/** The elevation profile as an SVG line and the area under it, fitted into `width` × `height`. */
export function profilePaths(profile: { distanceM: number; ele: number }[], width: number, height: number): { line: string; area: string; minEle: number; maxEle: number; lengthM: number } | null {
  if (profile.length < 2) return null;
  const minEle = Math.min(...profile.map((p) => p.ele));
  const maxEle = Math.max(...profile.map((p) => p.ele));
  const lengthM = profile[profile.length - 1].distanceM;
  const span = Math.max(maxEle - minEle, 20);
  const x = (d: number) => round((d / (lengthM || 1)) * width);
  const y = (e: number) => round(height - 4 - ((e - minEle) / span) * (height - 12));
  const line = profile.map((p, i) => `${i ? 'L' : 'M'}${x(p.distanceM)} ${y(p.ele)}`).join('');
  return { line, area: `${line}L${x(lengthM)} ${height}L0 ${height}Z`, minEle, maxEle, lengthM };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** 12.3 km (one decimal under 100 km). */
export const formatDistance = (metres: number) => `${(metres / 1000).toLocaleString('en-GB', { maximumFractionDigits: metres < 100_000 ? 1 : 0 })} km`;

/** 1:05:09 (hours:minutes:seconds). */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** "1:05:09", "65:09" or "3909" → seconds; null when it is not a time. */
export function parseDuration(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length > 3 || parts.some((part) => !/^\d{1,6}$/.test(part))) return null;
  const [s = 0, m = 0, h = 0] = parts.map(Number).reverse();
  if (parts.length > 1 && (s > 59 || (parts.length > 2 && m > 59))) return null;
  const total = h * 3600 + m * 60 + s;
  return total > 0 ? total : null;
}
