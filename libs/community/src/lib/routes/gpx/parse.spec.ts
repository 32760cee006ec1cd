import { DomainError } from '@flagship/api-core';
import { generateGpx, generateTrack, MAX_GPX_POINTS, parseGpx, parseGpxAsync, writeGpx } from './index';

/** Runs `read` and returns the BAD_USER_INPUT it must throw (field `file`). */
function refusal(read: () => unknown): DomainError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    return error as DomainError;
  }
  throw new Error('The file was accepted');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE gpx [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<gpx version="1.1"><metadata><name>&lol9;</name></metadata>
<trk><trkseg><trkpt lat="46.9" lon="7.4"/><trkpt lat="46.91" lon="7.41"/></trkseg></trk></gpx>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE gpx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<gpx version="1.1"><trk><name>&secret;</name><trkseg><trkpt lat="46.9" lon="7.4"/><trkpt lat="46.91" lon="7.41"/></trkseg></trk></gpx>`;

describe('parseGpx', () => {
  it('reads a multi-segment track with elevation, times and its name', () => {
    const track = generateTrack({ seed: 'parse', points: 300, segments: 3, name: 'Gurten & back <loop>' });
    const parsed = parseGpx(Buffer.from(generateGpx({ seed: 'parse', points: 300, segments: 3, name: 'Gurten & back <loop>' })));
    expect(parsed.source).toBe('track');
    expect(parsed.name).toBe('Gurten & back <loop>');
    expect(parsed.segments.map((segment) => segment.length)).toEqual([100, 100, 100]);
    const [first] = parsed.segments[0];
    expect(first.lat).toBeCloseTo(track.segments[0][0].lat, 6);
    expect(first.lng).toBeCloseTo(track.segments[0][0].lng, 6);
    expect(first.ele).toBeCloseTo(track.segments[0][0].ele as number, 1);
    expect(first.time?.toISOString()).toBe(track.segments[0][0].time?.toISOString());
  });

  it('reads tracks without elevation or times', () => {
    const parsed = parseGpx(generateGpx({ seed: 'bare', points: 50, withElevation: false, withTimes: false }));
    expect(parsed.segments[0]).toHaveLength(50);
    expect(parsed.segments[0].every((point) => point.ele === null && point.time === null)).toBe(true);
  });

  it('reads route-only and waypoint-only files, and GPX 1.0 with prefixed names', () => {
    const route = parseGpx(generateGpx({ seed: 'rte', points: 40, kind: 'route', name: 'Planned' }));
    expect(route).toMatchObject({ source: 'route', name: 'Planned' });
    expect(route.segments[0]).toHaveLength(40);

    const waypoints = parseGpx(generateGpx({ seed: 'wpt', points: 5, kind: 'waypoints' }));
    expect(waypoints.source).toBe('waypoints');
    expect(waypoints.segments[0]).toHaveLength(5);

    const prefixed = parseGpx(`\uFEFF<?xml version="1.0" encoding="UTF-8"?>
      <g:gpx xmlns:g="http://www.topografix.com/GPX/1/0" version="1.0"><g:name>Old</g:name>
      <g:trk><g:trkseg><g:trkpt lat="1.5" lon="-2.25"><g:ele>12</g:ele></g:trkpt><g:trkpt lat="1.6" lon="-2.2"/></g:trkseg>
      <g:trkseg></g:trkseg></g:trk><g:wpt lat="1" lon="1"/></g:gpx>`);
    expect(prefixed).toMatchObject({ source: 'track', name: 'Old' });
    expect(prefixed.segments).toEqual([
      [
        { lat: 1.5, lng: -2.25, ele: 12, time: null },
        { lat: 1.6, lng: -2.2, ele: null, time: null },
      ],
    ]);
  });

  it('refuses what is not GPX', () => {
    expect(refusal(() => parseGpx(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).message).toMatch(/not a GPX file/);
    expect(refusal(() => parseGpx('lat,lon\n46.9,7.4\n')).message).toMatch(/not XML/);
    expect(refusal(() => parseGpx('<gpx><trk><trkseg><trkpt lat="1" lon="2"></trkseg></gpx>')).message).toMatch(/not a well-formed/);
    expect(refusal(() => parseGpx('<kml><Placemark/></kml>')).message).toMatch(/root element is not <gpx>/);
    expect(refusal(() => parseGpx('<gpx version="1.1"><metadata/></gpx>')).message).toMatch(/no track, route or waypoints/);
    expect(refusal(() => parseGpx('<gpx><wpt lat="91" lon="2"/></gpx>')).message).toMatch(/Point 1 .* latitude/);
    expect(refusal(() => parseGpx('<gpx><wpt lat="1"/></gpx>')).message).toMatch(/longitude/);
  });

  it('refuses a "billion laughs" file at its DOCTYPE, before any entity is expanded', () => {
    expect(refusal(() => parseGpx(BILLION_LAUGHS)).message).toMatch(/DOCTYPE/);
  });

  it('refuses external entities (XXE), declared or not', () => {
    expect(refusal(() => parseGpx(EXTERNAL_ENTITY)).message).toMatch(/DOCTYPE/);
    const undeclared = '<gpx><trk><name>&secret;</name><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>';
    expect(refusal(() => parseGpx(undeclared)).message).toMatch(/not a well-formed/);
    // The predefined entities and character references are still read.
    expect(parseGpx('<gpx><wpt lat="1" lon="2"><name>x</name></wpt><metadata><name>A &amp; B &#233;</name></metadata></gpx>').name).toBe('A & B é');
  });

  it('refuses files over the point limit as soon as it is crossed, and over the size limit', () => {
    expect(MAX_GPX_POINTS).toBe(500_000);
    const file = generateGpx({ seed: 'limit', points: 101 });
    expect(refusal(() => parseGpx(file, { maxPoints: 100 })).message).toBe('The GPX file has more than 100 points');
    expect(parseGpx(file, { maxPoints: 101 }).segments[0]).toHaveLength(101);
    // Streaming: the limit is met before the rest of the file is read (here, a broken end).
    expect(refusal(() => parseGpx(file.replace('</gpx>', '<broken'), { maxPoints: 100 })).message).toMatch(/100 points/);
    expect(refusal(() => parseGpx(file, { maxBytes: 1000 })).message).toMatch(/larger than/);
  });

  it('reads what writeGpx writes (the export path)', () => {
    const track = generateTrack({ seed: 'export', points: 20, segments: 2 });
    const parsed = parseGpx(writeGpx({ name: 'Export', segments: track.segments }));
    expect(parsed.segments.map((segment) => segment.length)).toEqual([10, 10]);
    expect(parsed.segments[1][9].lat).toBeCloseTo(track.segments[1][9].lat, 6);
  });
});

describe('parseGpxAsync', () => {
  it('reads in pieces with progress, to the same result, and refuses the same files', async () => {
    const file = generateGpx({ seed: 'async', points: 3_000, segments: 2 });
    const progress: number[] = [];
    const parsed = await parseGpxAsync(Buffer.from(file), { chunkSize: 16 * 1024, onProgress: (percent) => void progress.push(percent) });
    expect(parsed).toEqual(parseGpx(file));
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(100);
    await expect(parseGpxAsync(BILLION_LAUGHS, { chunkSize: 1024 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    await expect(parseGpxAsync(file, { maxPoints: 1_000 })).rejects.toThrow('more than 1,000 points');
  });
});
