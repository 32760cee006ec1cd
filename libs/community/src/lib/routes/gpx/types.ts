/** The GPX engine's data shapes (the contract of decision 0026; see index.ts). */

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
