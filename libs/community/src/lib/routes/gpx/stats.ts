/**
 * Track statistics. Distance is the haversine sum within each segment (the gaps between segments are
 * not ridden). Elevation gain and loss are measured on a smoothed profile, because raw GPS/barometric
 * noise adds a little climb at every wobble and inflates the total two- to three-fold:
 *
 * 1. resample each segment's elevation every ELEVATION_STEP_M metres of distance (linear
 *    interpolation), so the result does not depend on the recording interval or on stops;
 * 2. smooth with a centred moving average ELEVATION_WINDOW_M wide;
 * 3. count climbs with hysteresis (a dead band, as a Schmitt trigger): a rise or fall counts only
 *    once the profile has turned by at least ELEVATION_HYSTERESIS_M from its last extreme, and then
 *    from that extreme (so a long climb is counted in full, and wobbles below the band are not).
 *
 * This is the usual approach of activity tools (e.g. GoldenCheetah's "elevation hysteresis" setting,
 * and the threshold/smoothing step described by Strava and Garmin for elevation). Decision 0029.
 */
import { haversineM } from './geo';
import type { BoundingBox, TrackPoint, TrackStats } from './types';

/** Resampling step along the track, in metres. */
export const ELEVATION_STEP_M = 10;
/** Width of the centred moving average, in metres. */
export const ELEVATION_WINDOW_M = 150;
/** The dead band: turns smaller than this are noise. */
export const ELEVATION_HYSTERESIS_M = 5;

/** Distance along one segment and its elevations, for the points that have one. */
function elevationSeries(segment: TrackPoint[]): { distances: number[]; elevations: number[] } {
  const distances: number[] = [];
  const elevations: number[] = [];
  let along = 0;
  for (let i = 0; i < segment.length; i++) {
    if (i > 0) along += haversineM(segment[i - 1], segment[i]);
    const ele = segment[i].ele;
    if (ele !== null && Number.isFinite(ele)) {
      distances.push(along);
      elevations.push(ele);
    }
  }
  return { distances, elevations };
}

/** Elevations every `step` metres along the series (linear interpolation between recorded points). */
export function resampleByDistance(distances: number[], elevations: number[], step = ELEVATION_STEP_M): number[] {
  if (elevations.length < 2) return [...elevations];
  const total = distances[distances.length - 1] - distances[0];
  const count = Math.max(2, Math.floor(total / step) + 1);
  const out = new Array<number>(count);
  let j = 0;
  for (let k = 0; k < count; k++) {
    const at = k === count - 1 ? distances[distances.length - 1] : distances[0] + k * step;
    while (j < distances.length - 2 && distances[j + 1] < at) j++;
    const span = distances[j + 1] - distances[j];
    const t = span > 0 ? Math.min(1, Math.max(0, (at - distances[j]) / span)) : 1;
    out[k] = elevations[j] + (elevations[j + 1] - elevations[j]) * t;
  }
  return out;
}

/** A centred moving average `window` samples wide (narrower at the ends), via prefix sums. */
export function movingAverage(values: number[], window: number): number[] {
  const half = Math.max(0, Math.floor(window / 2));
  if (half === 0 || values.length < 3) return [...values];
  const prefix = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) prefix[i + 1] = prefix[i] + values[i];
  return values.map((_, i) => {
    const from = Math.max(0, i - half);
    const to = Math.min(values.length, i + half + 1);
    return (prefix[to] - prefix[from]) / (to - from);
  });
}

/** Gain and loss counted between turns of at least `band` metres (hysteresis). */
export function hysteresisClimb(values: number[], band = ELEVATION_HYSTERESIS_M): { gain: number; loss: number } {
  let gain = 0;
  let loss = 0;
  if (values.length < 2) return { gain, loss };
  let direction: -1 | 0 | 1 = 0;
  let anchor = values[0]; // the last confirmed extreme
  let extreme = values[0]; // the furthest point reached since, in the current direction
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    if (direction === 0) {
      if (value - anchor >= band) [direction, extreme] = [1, value];
      else if (anchor - value >= band) [direction, extreme] = [-1, value];
    } else if (direction === 1) {
      if (value > extreme) extreme = value;
      else if (extreme - value >= band) {
        gain += extreme - anchor;
        [anchor, extreme, direction] = [extreme, value, -1];
      }
    } else if (value < extreme) extreme = value;
    else if (value - extreme >= band) {
      loss += anchor - extreme;
      [anchor, extreme, direction] = [extreme, value, 1];
    }
  }
  if (direction === 1) gain += extreme - anchor;
  else if (direction === -1) loss += anchor - extreme;
  return { gain, loss };
}

/** The smoothed elevations of one segment, every ELEVATION_STEP_M metres (empty without elevation). */
export function smoothedElevations(segment: TrackPoint[]): number[] {
  const { distances, elevations } = elevationSeries(segment);
  const resampled = resampleByDistance(distances, elevations, ELEVATION_STEP_M);
  return movingAverage(resampled, Math.round(ELEVATION_WINDOW_M / ELEVATION_STEP_M));
}

/** Distance, smoothed elevation gain and loss, bounding box, duration. */
export function trackStats(segments: TrackPoint[][]): TrackStats {
  let distanceM = 0;
  let gain = 0;
  let loss = 0;
  let hasEle = false;
  let pointCount = 0;
  const bbox: BoundingBox = { minLat: Infinity, minLng: Infinity, maxLat: -Infinity, maxLng: -Infinity };
  let firstTime = Infinity;
  let lastTime = -Infinity;
  let timeCount = 0;
  for (const segment of segments) {
    for (let i = 0; i < segment.length; i++) {
      const point = segment[i];
      pointCount++;
      if (i > 0) distanceM += haversineM(segment[i - 1], point);
      if (point.lat < bbox.minLat) bbox.minLat = point.lat;
      if (point.lat > bbox.maxLat) bbox.maxLat = point.lat;
      if (point.lng < bbox.minLng) bbox.minLng = point.lng;
      if (point.lng > bbox.maxLng) bbox.maxLng = point.lng;
      const time = point.time?.getTime();
      if (time !== undefined && !Number.isNaN(time)) {
        timeCount++;
        if (time < firstTime) firstTime = time;
        if (time > lastTime) lastTime = time;
      }
    }
    const smoothed = smoothedElevations(segment);
    if (smoothed.length) {
      hasEle = true;
      const climb = hysteresisClimb(smoothed);
      gain += climb.gain;
      loss += climb.loss;
    }
  }
  return {
    distanceM,
    elevationGainM: hasEle ? gain : null,
    elevationLossM: hasEle ? loss : null,
    bbox: pointCount ? bbox : { minLat: 0, minLng: 0, maxLat: 0, maxLng: 0 },
    pointCount,
    durationS: timeCount > 1 ? (lastTime - firstTime) / 1000 : null,
    startedAt: Number.isFinite(firstTime) ? new Date(firstTime) : null,
  };
}
