/** Small spherical geometry helpers shared by the GPX engine (metres, degrees, mean Earth radius). */

export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

export interface LatLng {
  lat: number;
  lng: number;
}

/** An offset in metres east and north of a point. */
export interface OffsetM {
  eastM: number;
  northM: number;
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function haversineM(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point reached from `from` after `distanceM` along the initial bearing `bearingDeg` (0 = north). */
export function destinationPoint(from: LatLng, bearingDeg: number, distanceM: number): LatLng {
  const angular = distanceM / EARTH_RADIUS_M;
  const bearing = bearingDeg * RAD;
  const lat1 = from.lat * RAD;
  const lng1 = from.lng * RAD;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
  const lng2 =
    lng1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1), Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: lat2 / RAD, lng: ((((lng2 / RAD) + 540) % 360) - 180) };
}

/** The point `offset` metres east and north of `point` (a local flat approximation: offsets of a few km). */
export function offsetPoint<T extends LatLng>(point: T, offset: OffsetM): T {
  return {
    ...point,
    lat: point.lat + (offset.northM / EARTH_RADIUS_M) / RAD,
    lng: point.lng + (offset.eastM / (EARTH_RADIUS_M * Math.cos(point.lat * RAD))) / RAD,
  };
}

/**
 * An equirectangular projection to metres around `origin`: exact enough for the few-kilometre
 * distances that simplification and privacy tests measure (error well under 0.1 % at 10 km).
 */
export function localProjection(origin: LatLng) {
  const kx = EARTH_RADIUS_M * RAD * Math.cos(origin.lat * RAD);
  const ky = EARTH_RADIUS_M * RAD;
  return {
    toXY: (p: LatLng) => ({ x: (p.lng - origin.lng) * kx, y: (p.lat - origin.lat) * ky }),
    toLatLng: (x: number, y: number): LatLng => ({ lat: origin.lat + y / ky, lng: origin.lng + x / kx }),
  };
}

/**
 * A seeded pseudo-random generator (mulberry32 over a 32-bit FNV-1a hash of the seed): the same seed
 * gives the same sequence, for fixtures, the demo and per-track privacy distances. Not cryptographic:
 * the kept secret is the seed (a route id with a server-side offset), not the sequence.
 */
export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    state ^= seed.charCodeAt(i);
    state = Math.imul(state, 0x01000193);
  }
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sample (Box-Muller) from a uniform generator. */
export function gaussian(rng: () => number): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
