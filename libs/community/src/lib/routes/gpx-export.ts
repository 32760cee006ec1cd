import type { TrackPoint } from './gpx';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A GPX 1.1 document of `segments` (what the viewer may see of a route), without times. */
export function toGpx(name: string, segments: TrackPoint[][]): string {
  const point = (p: TrackPoint) => `<trkpt lat="${p.lat.toFixed(6)}" lon="${p.lng.toFixed(6)}">${p.ele === null ? '' : `<ele>${p.ele.toFixed(1)}</ele>`}</trkpt>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Flagship" xmlns="http://www.topografix.com/GPX/1/1">',
    `<trk><name>${escapeXml(name)}</name>`,
    ...segments.map((segment) => `<trkseg>${segment.map(point).join('')}</trkseg>`),
    '</trk></gpx>',
    '',
  ].join('\n');
}
