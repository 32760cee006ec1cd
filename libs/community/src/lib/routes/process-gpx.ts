import { elevationProfile, encodePolyline, parseGpx, simplifyTrack, trackStats, type ProfilePoint, type TrackPoint } from './gpx';
import { toStoredTrack, type StoredTrack } from './stored-track';

/** Shape tolerance of the polylines drawn on route pages (metres). */
export const DRAWING_TOLERANCE_M = 10;

/** What reading a GPX file gives a route: the track to keep, its stats and the author's drawing. */
export interface ProcessedGpx {
  name: string | null;
  source: 'track' | 'route' | 'waypoints';
  track: StoredTrack;
  pointCount: number;
  distanceM: number;
  elevationGainM: number | null;
  elevationLossM: number | null;
  bbox: { minLat: number; minLng: number; maxLat: number; maxLng: number };
  durationS: number | null;
  polylines: string[];
  profile: ProfilePoint[];
}

/** Polylines (one per segment) of a track simplified for drawing. */
export function drawingOf(segments: TrackPoint[][]): string[] {
  return simplifyTrack(segments, DRAWING_TOLERANCE_M)
    .filter((segment) => segment.length > 0)
    .map((segment) => encodePolyline(segment));
}

/**
 * Reads a GPX file with the GPX engine (gpx/), calling `progress` between its steps (the background
 * job writes it for the uploader's progress bar). Throws BAD_USER_INPUT on `file` for what is not GPX.
 */
export async function processGpx(file: Buffer, progress: (percent: number) => Promise<void> = async () => undefined): Promise<ProcessedGpx> {
  const parsed = parseGpx(file);
  await progress(50);
  const stats = trackStats(parsed.segments);
  await progress(70);
  const polylines = drawingOf(parsed.segments);
  const profile = elevationProfile(parsed.segments);
  await progress(90);
  return {
    name: parsed.name,
    source: parsed.source,
    track: toStoredTrack(parsed.segments),
    pointCount: stats.pointCount,
    distanceM: stats.distanceM,
    elevationGainM: stats.elevationGainM,
    elevationLossM: stats.elevationLossM,
    bbox: stats.bbox,
    durationS: stats.durationS === null ? null : Math.round(stats.durationS),
    polylines,
    profile,
  };
}
