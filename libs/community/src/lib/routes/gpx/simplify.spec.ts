import { decodePolyline, elevationProfile, encodePolyline, generateTrack, localProjection, simplifyTrack, trackStats } from './index';

/** Distance from p to the polyline, in metres (brute force, in a local flat projection). */
function distanceToPolyline(p: { x: number; y: number }, line: { x: number; y: number }[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y));
  }
  return best;
}

describe('simplifyTrack', () => {
  it('keeps every dropped point within the tolerance, the ends, and far fewer points', () => {
    const track = generateTrack({ seed: 'simplify', points: 4_000, segments: 2, noise: 3 });
    const simplified = simplifyTrack(track.segments, 10);
    expect(simplified).toHaveLength(2);
    simplified.forEach((segment, s) => {
      const original = track.segments[s];
      expect(segment[0]).toBe(original[0]);
      expect(segment[segment.length - 1]).toBe(original[original.length - 1]);
      expect(segment.length).toBeLessThan(original.length / 4);
      const { toXY } = localProjection(original[0]);
      const line = segment.map(toXY);
      const worst = Math.max(...original.map((point) => distanceToPolyline(toXY(point), line)));
      expect(worst).toBeLessThanOrEqual(10.01);
    });
    expect(simplifyTrack(track.segments, 0)[0]).toHaveLength(2_000);
  });
});

describe('encoded polylines', () => {
  it("encodes Google's documented example and decodes it back", () => {
    const points = [
      { lat: 38.5, lng: -120.2 },
      { lat: 40.7, lng: -120.95 },
      { lat: 43.252, lng: -126.453 },
    ];
    expect(encodePolyline(points)).toBe('_p~iF~ps|U_ulLnnqC_mqNvxq`@');
    expect(decodePolyline('_p~iF~ps|U_ulLnnqC_mqNvxq`@')).toEqual(points);
  });

  it('round-trips a track to within a metre', () => {
    const [segment] = generateTrack({ seed: 'polyline', points: 500 }).segments;
    const decoded = decodePolyline(encodePolyline(segment));
    expect(decoded).toHaveLength(500);
    decoded.forEach((point, i) => {
      expect(Math.abs(point.lat - segment[i].lat)).toBeLessThanOrEqual(0.000005);
      expect(Math.abs(point.lng - segment[i].lng)).toBeLessThanOrEqual(0.000005);
    });
    expect(() => decodePolyline('_p~iF~ps|U_')).toThrow('Malformed');
  });
});

describe('elevationProfile', () => {
  it('samples the smoothed profile along the whole distance', () => {
    const track = generateTrack({ seed: 'profile', points: 3_000, segments: 3, noise: 3 });
    const profile = elevationProfile(track.segments, 200);
    expect(profile).toHaveLength(200);
    expect(profile[0].distanceM).toBe(0);
    const total = trackStats(track.segments).distanceM;
    expect(profile[199].distanceM).toBeGreaterThan(total * 0.99);
    expect(profile.every((point, i) => i === 0 || point.distanceM >= profile[i - 1].distanceM)).toBe(true);
    const cleanProfile = elevationProfile(track.clean, 200);
    profile.forEach((point, i) => expect(Math.abs(point.ele - cleanProfile[i].ele)).toBeLessThan(15));
    expect(elevationProfile(generateTrack({ seed: 'flat', points: 50, withElevation: false }).segments)).toEqual([]);
  });
});
