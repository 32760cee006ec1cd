/** The elevation profile chart's data: smoothed elevation against distance along the track. */
import { haversineM } from './geo';
import { ELEVATION_STEP_M, smoothedElevations } from './stats';
import type { ProfilePoint, TrackPoint } from './types';

/**
 * Distance along the track against elevation, `samples` points at most, evenly spaced along the
 * distance. Elevations are the smoothed ones the gain is measured on (stats.ts), so chart and numbers
 * agree. Distance runs on across segments (their gaps are not counted); empty without elevation.
 */
export function elevationProfile(segments: TrackPoint[][], samples = 200): ProfilePoint[] {
  const all: ProfilePoint[] = [];
  let offset = 0;
  for (const segment of segments) {
    let start = 0; // distance from the segment's first point to its first point with elevation
    let length = 0;
    let seenEle = false;
    for (let i = 0; i < segment.length; i++) {
      if (i > 0) length += haversineM(segment[i - 1], segment[i]);
      if (!seenEle && segment[i].ele !== null) {
        seenEle = true;
        start = length;
      }
    }
    const smoothed = smoothedElevations(segment);
    smoothed.forEach((ele, k) => {
      const along = k === smoothed.length - 1 && smoothed.length > 1 ? Math.max(start, length) : start + k * ELEVATION_STEP_M;
      all.push({ distanceM: offset + Math.min(along, length), ele });
    });
    offset += length;
  }
  if (all.length <= samples) return all;
  const count = Math.max(2, samples);
  const out: ProfilePoint[] = [];
  for (let k = 0; k < count; k++) out.push(all[Math.round((k * (all.length - 1)) / (count - 1))]);
  return out;
}
