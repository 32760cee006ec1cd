import type { TrackPoint } from './gpx';

/**
 * A track as stored in `route.track` (jsonb): per segment, the points as `[lat, lng, ele, time]`
 * arrays (lat/lng to 6 decimals, about 0.1 m; elevation to 0.1 m; time as epoch seconds), about a
 * third of the size of named fields.
 */
export interface StoredTrack {
  segments: [number, number, number | null, number | null][][];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function toStoredTrack(segments: TrackPoint[][]): StoredTrack {
  return {
    segments: segments.map((segment) =>
      segment.map((p) => {
        const time = p.time ? Math.round(p.time.getTime() / 1000) : null;
        return [round(p.lat, 6), round(p.lng, 6), p.ele === null ? null : round(p.ele, 1), time === null || Number.isNaN(time) ? null : time];
      }),
    ),
  };
}

export function fromStoredTrack(track: StoredTrack): TrackPoint[][] {
  return track.segments.map((segment) => segment.map(([lat, lng, ele, time]) => ({ lat, lng, ele, time: time === null ? null : new Date(time * 1000) })));
}
