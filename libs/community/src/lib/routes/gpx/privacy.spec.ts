import {
  generateTrack,
  haversineM,
  hidePrivateParts,
  localProjection,
  offsetPoint,
  OFFSET_MAX_M,
  OFFSET_MIN_M,
  randomEndOffset,
  randomZoneOffset,
  seededRandom,
  type TrackPoint,
} from './index';

const HOME = { lat: 46.948, lng: 7.447 };

/** Least-squares circle through the points (Kåsa's algebraic fit), its centre as lat/lng. */
function fittedCircleCentre(points: TrackPoint[]) {
  const { toXY, toLatLng } = localProjection(HOME);
  const xy = points.map(toXY);
  // Solve [Σx² Σxy Σx; Σxy Σy² Σy; Σx Σy n] · [a b c] = [−Σx(x²+y²); −Σy(x²+y²); −Σ(x²+y²)].
  const s = (f: (p: { x: number; y: number }) => number) => xy.reduce((sum, p) => sum + f(p), 0);
  const z = (p: { x: number; y: number }) => p.x * p.x + p.y * p.y;
  const m = [
    [s((p) => p.x * p.x), s((p) => p.x * p.y), s((p) => p.x), -s((p) => p.x * z(p))],
    [s((p) => p.x * p.y), s((p) => p.y * p.y), s((p) => p.y), -s((p) => p.y * z(p))],
    [s((p) => p.x), s((p) => p.y), xy.length, -s(z)],
  ];
  for (let col = 0; col < 3; col++) {
    for (let row = col + 1; row < 3; row++) {
      const f = m[row][col] / m[col][col];
      for (let k = col; k < 4; k++) m[row][k] -= f * m[col][k];
    }
  }
  const c = m[2][3] / m[2][2];
  const b = (m[1][3] - m[1][2] * c) / m[1][1];
  const a = (m[0][3] - m[0][1] * b - m[0][2] * c) / m[0][0];
  return toLatLng(-a / 2, -b / 2);
}

/** 20 rides leaving home in all directions. */
const ridesFromHome = (member: string) =>
  Array.from({ length: 20 }, (_, i) =>
    generateTrack({ seed: `${member}-ride-${i}`, start: HOME, headingDeg: i * 18, turnDeg: 1, points: 600, noise: 2 }).segments,
  );

describe('hidePrivateParts', () => {
  it.each(['ana', 'ben', 'chloe', 'dora', 'emil'])(
    "keeps %s's home hidden from 20 rides leaving it in all directions",
    (member) => {
      const endOffset = randomEndOffset(seededRandom(`${member}:end-offset`));
      const served = ridesFromHome(member).map((segments, i) => hidePrivateParts(segments, { zones: [], endOffset, seed: `route-${member}-${i}` }));
      const starts = served.map((segments) => segments[0][0]);

      // No served point is within 200 m of home: the true start is always hidden.
      expect(Math.min(...served.flat(2).map((point) => haversineM(point, HOME)))).toBeGreaterThan(200);

      // The average of the served start points lands on the displaced centre, not on home.
      const mean = { lat: starts.reduce((s, p) => s + p.lat, 0) / 20, lng: starts.reduce((s, p) => s + p.lng, 0) / 20 };
      expect(haversineM(mean, HOME)).toBeGreaterThan(200);
      // So does a circle fitted through them (the 2018 attack on fixed privacy zones).
      expect(haversineM(fittedCircleCentre(starts), HOME)).toBeGreaterThan(200);
      // The hidden distance varies per track: the cut points are not on one circle.
      const distances = starts.map((point) => haversineM(point, offsetPoint(HOME, endOffset)));
      expect(Math.max(...distances) - Math.min(...distances)).toBeGreaterThan(100);

      // Rides coming home: the served end points give nothing away either.
      const comingHome = ridesFromHome(member).map((segments, i) =>
        hidePrivateParts(segments.map((segment) => [...segment].reverse()).reverse(), { zones: [], endOffset, seed: `return-${member}-${i}` }),
      );
      const ends = comingHome.map((segments) => segments[segments.length - 1][segments[segments.length - 1].length - 1]);
      const endMean = { lat: ends.reduce((s, p) => s + p.lat, 0) / 20, lng: ends.reduce((s, p) => s + p.lng, 0) / 20 };
      expect(haversineM(endMean, HOME)).toBeGreaterThan(200);
      expect(haversineM(fittedCircleCentre(ends), HOME)).toBeGreaterThan(200);
      expect(Math.min(...comingHome.flat(2).map((point) => haversineM(point, HOME)))).toBeGreaterThan(200);
    },
  );

  it('hides everything within a zone’s radius of its true centre, whatever its kept offset', () => {
    const rng = seededRandom('zones');
    // A ride passing straight through the zone's true centre, 6 km before and after it.
    const centre = { lat: 46.96, lng: 7.5 };
    for (let i = 0; i < 10; i++) {
      const radiusM = 200 + i * 80;
      const shown = offsetPoint(centre, randomZoneOffset(radiusM, rng));
      const start = offsetPoint(centre, { eastM: -6_000, northM: 0 });
      const ride = generateTrack({ seed: `through-${i}`, start, headingDeg: 90, turnDeg: 0, points: 1_201 }).segments;
      const served = hidePrivateParts(ride, { zones: [{ ...shown, radiusM }], endOffset: { eastM: 0, northM: 0 }, seed: `r${i}` });
      expect(served.length).toBe(2); // split where the zone was cut out
      expect(Math.min(...served.flat().map((point) => haversineM(point, centre)))).toBeGreaterThan(radiusM);
    }
  });

  it('gives the same result for the same seed and another hidden distance for another seed', () => {
    const ride = ridesFromHome('seeded')[0];
    const options = { zones: [], endOffset: randomEndOffset(seededRandom('x')) };
    const first = hidePrivateParts(ride, { ...options, seed: 'one' });
    expect(hidePrivateParts(ride, { ...options, seed: 'one' })).toEqual(first);
    const seeds = ['two', 'three', 'four', 'five'].map((seed) => hidePrivateParts(ride, { ...options, seed })[0][0]);
    expect(seeds.some((point) => point !== first[0][0])).toBe(true);
  });

  it('draws kept offsets between OFFSET_MIN_M and OFFSET_MAX_M in every direction', () => {
    const rng = seededRandom('offsets');
    const offsets = Array.from({ length: 1_000 }, () => randomEndOffset(rng));
    const lengths = offsets.map((o) => Math.hypot(o.eastM, o.northM));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(OFFSET_MIN_M);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(OFFSET_MAX_M);
    const quadrants = new Set(offsets.map((o) => `${Math.sign(o.eastM)}${Math.sign(o.northM)}`));
    expect(quadrants.size).toBe(4);
    const mean = offsets.reduce((sum, o) => ({ e: sum.e + o.eastM / 1_000, n: sum.n + o.northM / 1_000 }), { e: 0, n: 0 });
    expect(Math.hypot(mean.e, mean.n)).toBeLessThan(40);
  });

  it('serves nothing of a ride that never leaves the hidden circles', () => {
    const ride = generateTrack({ seed: 'short', start: HOME, points: 30 }).segments;
    expect(hidePrivateParts(ride, { zones: [], endOffset: { eastM: 300, northM: 0 }, seed: 's' })).toEqual([]);
    expect(hidePrivateParts([], { zones: [], endOffset: { eastM: 300, northM: 0 }, seed: 's' })).toEqual([]);
  });
});
