/**
 * Douglas-Peucker simplification with the tolerance in metres: each segment is projected to a local
 * flat plane (equirectangular around its first point) and reduced so that no dropped point lies
 * further than `toleranceM` from the kept polyline. Iterative (an explicit stack), so 500,000-point
 * segments cannot overflow the call stack.
 */
import { localProjection } from './geo';
import type { TrackPoint } from './types';

/** Distance from (px, py) to the segment (ax, ay)–(bx, by), squared. */
function segmentDistanceSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared > 0 ? ((px - ax) * dx + (py - ay) * dy) / lengthSquared : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

export function simplifySegment<T extends TrackPoint>(segment: T[], toleranceM: number): T[] {
  if (segment.length <= 2 || !(toleranceM > 0)) return [...segment];
  const { toXY } = localProjection(segment[0]);
  const xs = new Float64Array(segment.length);
  const ys = new Float64Array(segment.length);
  segment.forEach((point, i) => {
    const { x, y } = toXY(point);
    xs[i] = x;
    ys[i] = y;
  });
  const keep = new Uint8Array(segment.length);
  keep[0] = keep[segment.length - 1] = 1;
  const limit = toleranceM * toleranceM;
  const stack: number[] = [0, segment.length - 1];
  while (stack.length) {
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    let farthest = -1;
    let farthestDistance = limit;
    for (let i = first + 1; i < last; i++) {
      const distance = segmentDistanceSquared(xs[i], ys[i], xs[first], ys[first], xs[last], ys[last]);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push(first, farthest, farthest, last);
    }
  }
  return segment.filter((_, i) => keep[i] === 1);
}

/** Fewer points, the shape kept within `toleranceM` metres (Douglas-Peucker, per segment). */
export function simplifyTrack<T extends TrackPoint>(segments: T[][], toleranceM = 5): T[][] {
  return segments.map((segment) => simplifySegment(segment, toleranceM));
}
