import { generateGpx, generateTrack, hysteresisClimb, parseGpx, trackStats } from './index';

describe('trackStats', () => {
  it.each([
    ['with elevation', true],
    ['without elevation', false],
  ])('measures a multi-segment track %s within 1%% of its known length', (_, withElevation) => {
    // The generator places each point exactly 10 m after the previous one, so the reference is
    // (points − segments) × 10 m; the 300 m gaps between segments are not ridden and not counted.
    const file = generateGpx({ seed: `distance-${withElevation}`, points: 2_000, segments: 4, hills: 4, withElevation });
    const stats = trackStats(parseGpx(file).segments);
    const reference = (2_000 - 4) * 10;
    expect(Math.abs(stats.distanceM - reference) / reference).toBeLessThan(0.01);
    expect(stats.pointCount).toBe(2_000);
    if (withElevation) expect(stats.elevationGainM).toBeGreaterThan(0);
    else expect([stats.elevationGainM, stats.elevationLossM]).toEqual([null, null]);
  });

  it.each(['a', 'b', 'c', 'd', 'e', 'f'])(
    'gives a noisy recorded track (seed %s) a gain within 10%% of its clean reference',
    (seed) => {
      const track = generateTrack({ seed, points: 3_000, segments: 3, hills: 6, noise: 3 });
      const trueGain = track.gainM as number;
      const rawNoisyGain = track.segments.reduce(
        (sum, segment) => sum + segment.slice(1).reduce((climb, point, i) => climb + Math.max(0, (point.ele as number) - (segment[i].ele as number)), 0),
        0,
      );
      // The fixture is as noisy as a recorded track: summing raw differences overstates the climb 2–4×.
      expect(rawNoisyGain / trueGain).toBeGreaterThan(2);
      const noisy = trackStats(track.segments);
      const clean = trackStats(track.clean);
      expect(Math.abs((noisy.elevationGainM as number) - trueGain) / trueGain).toBeLessThan(0.1);
      expect(Math.abs((noisy.elevationLossM as number) - (track.lossM as number)) / (track.lossM as number)).toBeLessThan(0.1);
      expect(Math.abs((clean.elevationGainM as number) - trueGain) / trueGain).toBeLessThan(0.02);
    },
  );

  it('gives the bounding box, duration and start time', () => {
    const track = generateTrack({ seed: 'box', points: 100, speedMps: 5, startTime: new Date('2026-06-01T06:00:00Z') });
    const stats = trackStats(track.segments);
    const lats = track.segments[0].map((point) => point.lat);
    expect(stats.bbox.minLat).toBe(Math.min(...lats));
    expect(stats.bbox.maxLat).toBe(Math.max(...lats));
    expect(stats.startedAt?.toISOString()).toBe('2026-06-01T06:00:00.000Z');
    expect(stats.durationS).toBe(198); // 99 steps of 10 m at 5 m/s
    expect(trackStats(generateTrack({ seed: 'box', points: 10, withTimes: false }).segments).durationS).toBeNull();
  });

  it('counts a climb in full once it has turned, and ignores turns smaller than the dead band', () => {
    expect(hysteresisClimb([0, 10, 20, 30, 40, 50, 40, 30], 5)).toEqual({ gain: 50, loss: 20 });
    expect(hysteresisClimb([0, 3, 0, 3, 0, 3, 0, 3], 5)).toEqual({ gain: 0, loss: 0 });
    expect(hysteresisClimb([100, 96, 100, 60, 64, 61, 90], 5)).toEqual({ gain: 30, loss: 40 });
  });
});
