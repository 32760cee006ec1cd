/**
 * Privacy hiding (decision 0029). A fixed hidden radius around a true point leaks it: the cut points of
 * many tracks lie on one circle around it (a fitted circle recovers the centre), and a varied radius
 * alone still leaks, because the average of cut points leaving in all directions converges on it.
 * So every hidden circle is centred on a point displaced from the true one by a random offset that is
 * kept (one per privacy zone, one per member for start/end hiding), and its radius varies per track:
 *
 * - Offsets (randomZoneOffset, randomEndOffset) are OFFSET_MIN_M–OFFSET_MAX_M metres (larger zones: up
 *   to half their radius) in a uniformly random direction, uniform over that ring's area. A circle
 *   fitted through the cut points converges on the displaced centre, at least OFFSET_MIN_M from the
 *   true point; their average, for rides leaving the true point in all directions, converges on the
 *   point half-way between (the exits towards the displaced centre are further out), so OFFSET_MIN_M
 *   is more than twice the 200 m the average must stay away.
 * - A zone of radius r hides, on a track, everything within r + maxZoneOffset(r) + extra of its
 *   displaced centre, extra in [0, TRACK_VARIATION_M) drawn from the track's seed. Whatever the kept
 *   offset, everything within r of the true centre is hidden.
 * - Start and end: everything within END_HIDE_M + extra of the start (end) point displaced by the
 *   member's end offset is hidden (and at least |offset| + END_CLEARANCE_M), so the true start and end
 *   are always hidden and no served point is within END_CLEARANCE_M of them.
 *
 * Hidden points are removed, splitting segments where a hidden stretch was cut out.
 */
import { EARTH_RADIUS_M, haversineM, offsetPoint, seededRandom, type OffsetM } from './geo';
import type { HiddenCircle, PrivacyOptions, TrackPoint } from './types';

export const OFFSET_MIN_M = 650;
export const OFFSET_MAX_M = 850;
/** No served point is nearer than this to a track's true start or end. */
export const END_CLEARANCE_M = 250;
/** The base hidden radius at the start and end, around the displaced point. */
export const END_HIDE_M = OFFSET_MAX_M + END_CLEARANCE_M;
/** The per-track variation added to every hidden radius. */
export const TRACK_VARIATION_M = 300;

/** The largest offset randomZoneOffset gives a zone of this radius. */
export const maxZoneOffsetM = (radiusM: number) => Math.max(OFFSET_MAX_M, radiusM / 2);

/** A random offset of `min`–`max` metres in a uniform direction, uniform over the ring's area. */
function ringOffset(min: number, max: number, rng: () => number): OffsetM {
  const distance = Math.sqrt(min * min + rng() * (max * max - min * min));
  const angle = rng() * 2 * Math.PI;
  return { eastM: distance * Math.sin(angle), northM: distance * Math.cos(angle) };
}

/** The kept offset of a new privacy zone's centre (store it with the zone; apply with offsetPoint). */
export function randomZoneOffset(radiusM: number, rng: () => number = Math.random): OffsetM {
  return ringOffset(OFFSET_MIN_M, maxZoneOffsetM(radiusM), rng);
}

/** A member's kept offset for start/end hiding (store it once per member). */
export function randomEndOffset(rng: () => number = Math.random): OffsetM {
  return ringOffset(OFFSET_MIN_M, OFFSET_MAX_M, rng);
}

/** The circles hidden on one track: the zones grown as documented above, and the two ends. */
export function hiddenCircles(segments: TrackPoint[][], options: PrivacyOptions): HiddenCircle[] {
  const first = segments.find((segment) => segment.length > 0)?.[0];
  const lastSegment = [...segments].reverse().find((segment) => segment.length > 0);
  if (!first || !lastSegment) return [];
  const last = lastSegment[lastSegment.length - 1];
  const extra = (what: string) => seededRandom(`${options.seed}:${what}`)() * TRACK_VARIATION_M;
  const endOffset = Math.hypot(options.endOffset.eastM, options.endOffset.northM);
  const endRadius = (what: string) => Math.max(END_HIDE_M + extra(what), endOffset + END_CLEARANCE_M);
  return [
    { ...offsetPoint({ lat: first.lat, lng: first.lng }, options.endOffset), radiusM: endRadius('start') },
    { ...offsetPoint({ lat: last.lat, lng: last.lng }, options.endOffset), radiusM: endRadius('end') },
    ...options.zones.map((zone) => ({
      lat: zone.lat,
      lng: zone.lng,
      radiusM: zone.radiusM + maxZoneOffsetM(zone.radiusM) + extra(`zone:${zone.lat.toFixed(6)},${zone.lng.toFixed(6)}`),
    })),
  ];
}

/**
 * What others may see of a member's track: the parts inside the member's privacy zones and near its
 * start and end removed (segments split where a hidden part was cut out; single points dropped).
 */
export function hidePrivateParts<T extends TrackPoint>(segments: T[][], options: PrivacyOptions): T[][] {
  const circles = hiddenCircles(segments, options);
  if (circles.length === 0) return [];
  // A cheap bounding test first: most points are far from every circle.
  const boxes = circles.map((circle) => {
    const dLat = (circle.radiusM / EARTH_RADIUS_M) * (180 / Math.PI);
    const dLng = dLat / Math.max(0.01, Math.cos((circle.lat * Math.PI) / 180));
    return { circle, minLat: circle.lat - dLat, maxLat: circle.lat + dLat, minLng: circle.lng - dLng, maxLng: circle.lng + dLng };
  });
  const hidden = (point: TrackPoint) =>
    boxes.some(
      (box) =>
        point.lat >= box.minLat &&
        point.lat <= box.maxLat &&
        point.lng >= box.minLng &&
        point.lng <= box.maxLng &&
        haversineM(point, box.circle) <= box.circle.radiusM,
    );
  const out: T[][] = [];
  for (const segment of segments) {
    let current: T[] = [];
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
