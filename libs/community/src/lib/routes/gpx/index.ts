/**
 * The GPX engine (decision 0029; its contract was set in decision 0026): pure functions, no database,
 * no Nest. The routes work calls these; everything here keeps the contract's signatures.
 *
 * - parse.ts: parseGpx, a streaming XML read (saxes) that refuses DOCTYPEs (no entities at all) and
 *   caps bytes and points;
 * - stats.ts: trackStats, haversine distance and smoothed elevation gain/loss (resampling + moving
 *   average + hysteresis);
 * - simplify.ts: Douglas-Peucker in metres; polyline.ts: encoded polylines both ways;
 * - profile.ts: the elevation profile chart's points;
 * - privacy.ts: hidePrivateParts and the kept random offsets it relies on;
 * - generate.ts: a seeded GPX generator for fixtures, the demo and the benchmark, and writeGpx for exports.
 */
export type { BoundingBox, HiddenCircle, ParsedGpx, PrivacyOptions, ProfilePoint, TrackPoint, TrackStats } from './types';
export { MAX_GPX_BYTES, MAX_GPX_POINTS, parseGpx, parseGpxAsync, type ParseGpxOptions, type ParseGpxAsyncOptions } from './parse';
export { haversineM, destinationPoint, offsetPoint, localProjection, seededRandom, type LatLng, type OffsetM } from './geo';
export {
  trackStats,
  ELEVATION_STEP_M,
  ELEVATION_WINDOW_M,
  ELEVATION_HYSTERESIS_M,
  hysteresisClimb,
  movingAverage,
  resampleByDistance,
} from './stats';
export { simplifyTrack, simplifySegment } from './simplify';
export { encodePolyline, decodePolyline } from './polyline';
export { elevationProfile } from './profile';
export {
  hidePrivateParts,
  hiddenCircles,
  randomZoneOffset,
  randomEndOffset,
  maxZoneOffsetM,
  OFFSET_MIN_M,
  OFFSET_MAX_M,
  END_CLEARANCE_M,
  END_HIDE_M,
  TRACK_VARIATION_M,
} from './privacy';
export { generateGpx, generateTrack, writeGpx, GAP_M, type GenerateGpxOptions, type GeneratedTrack, type Hill } from './generate';
