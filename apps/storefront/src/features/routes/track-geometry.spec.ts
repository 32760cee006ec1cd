import { describe, expect, it } from 'vitest';
import { decodePolyline, fitTrack, formatDuration, parseDuration, profilePaths } from './track-geometry';

describe('track geometry', () => {
  it('decodes the reference polyline of Google’s documentation', () => {
    expect(decodePolyline('_p~iF~ps|U_ulLnnqC_mqNvxq`@')).toEqual([
      { lat: 38.5, lng: -120.2 },
      { lat: 40.7, lng: -120.95 },
      { lat: 43.252, lng: -126.453 },
    ]);
  });

  it('fits a track into the box, keeping its proportions', () => {
    // 0.01° north and 0.01° east at 60°N: half as wide as it is tall.
    const { paths, start, end } = fitTrack([[{ lat: 60, lng: 10 }, { lat: 60.01, lng: 10.01 }]], 200, 200, 0);
    expect(paths).toHaveLength(1);
    expect(start).toEqual([50, 200]);
    expect(end).toEqual([150, 0]);
  });

  it('places pinned points on the fitted track', () => {
    const { marks } = fitTrack([[{ lat: 60, lng: 10 }, { lat: 60.01, lng: 10.01 }]], 200, 200, 0, [{ lat: 60.005, lng: 10.005 }]);
    expect(marks).toEqual([[100, 100]]);
  });

  it('draws the elevation profile across the whole width', () => {
    const drawn = profilePaths([{ distanceM: 0, ele: 100 }, { distanceM: 500, ele: 150 }, { distanceM: 1000, ele: 120 }], 400, 100)!;
    expect(drawn).toMatchObject({ minEle: 100, maxEle: 150, lengthM: 1000 });
    expect(drawn.line.startsWith('M0 96')).toBe(true);
    expect(drawn.area.endsWith('L400 100L0 100Z')).toBe(true);
  });

  it('reads and writes ride times', () => {
    expect(parseDuration('1:05:09')).toBe(3909);
    expect(parseDuration('65:09')).toBe(3909);
    expect(parseDuration('3909')).toBe(3909);
    expect(parseDuration('1:75:00')).toBeNull();
    expect(parseDuration('fast')).toBeNull();
    expect(parseDuration('0')).toBeNull();
    expect(formatDuration(3909)).toBe('1:05:09');
  });
});
