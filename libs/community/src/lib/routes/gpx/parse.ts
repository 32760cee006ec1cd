/**
 * The GPX reader: a streaming XML parse (saxes) that never expands entities. A document type
 * declaration is refused outright, so neither internal entities ("billion laughs") nor external
 * ones (XXE) are ever declared; saxes itself knows only XML's five predefined entities and character
 * references, and never reads files or URLs. Points are collected while streaming, so a file past
 * `maxPoints` is refused as soon as the limit is crossed (decision 0029).
 */
import { badInput, DomainError } from '@flagship/api-core';
import { SaxesParser } from 'saxes';
import type { ParsedGpx, TrackPoint } from './types';

/** Files larger than this are refused outright. */
export const MAX_GPX_BYTES = 25 * 1024 * 1024;
/** Points (track, route and waypoints together) a file may hold. */
export const MAX_GPX_POINTS = 500_000;

export interface ParseGpxOptions {
  /** Refuse files with more points than this (default MAX_GPX_POINTS). */
  maxPoints?: number;
  /** Refuse files larger than this many bytes (default MAX_GPX_BYTES). */
  maxBytes?: number;
}

const refuse = (message: string) => badInput('file', message);

/** The element's name without its namespace prefix (`gpx:trkpt` → `trkpt`). */
const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

function decode(source: Buffer | string, maxBytes: number): string {
  const size = typeof source === 'string' ? Buffer.byteLength(source) : source.length;
  if (size > maxBytes) throw refuse(`The GPX file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (typeof source !== 'string') {
    // Binary formats (images, archives, FIT files) have NUL bytes early; XML never has any.
    if (source.subarray(0, 4096).includes(0)) throw refuse('This is not a GPX file (it is binary, not XML)');
    // GPX files are UTF-8 in practice; a declared single-byte encoding is honoured (Latin-1 family).
    const head = source.subarray(0, 200).toString('latin1');
    const declared = /<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
    source = declared && /^(iso-8859-1|latin1|windows-1252|us-ascii)$/.test(declared) ? source.toString('latin1') : source.toString('utf8');
  }
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (!text.trimStart().startsWith('<')) throw refuse('This is not a GPX file (it is not XML)');
  return text;
}

function coordinate(value: string | undefined, min: number, max: number, what: string, index: number): number {
  const number = value === undefined || value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(number) || number < min || number > max) {
    throw refuse(`Point ${index + 1} of the GPX file has no valid ${what}`);
  }
  return number;
}

/** A streaming GPX reader: `write` text in pieces, then `finish` for the result. */
function gpxReader(maxPoints: number) {
  const tracks: TrackPoint[][] = [];
  const routes: TrackPoint[][] = [];
  const waypoints: TrackPoint[] = [];
  let current: TrackPoint[] | null = null;
  let point: TrackPoint | null = null;
  let pointCount = 0;
  let rootSeen = false;
  let names: { metadata: string | null; track: string | null; route: string | null } = { metadata: null, track: null, route: null };
  const path: string[] = [];
  let text: string | null = null;

  const parser = new SaxesParser({ position: true });
  parser.on('doctype', () => {
    throw refuse('GPX files with a document type declaration (DOCTYPE) are refused: entities are not allowed');
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'gpx') throw refuse('This is not a GPX file (its root element is not <gpx>)');
    }
    path.push(name);
    const parent = path[path.length - 2];
    switch (name) {
      case 'trkseg':
        if (parent === 'trk') tracks.push((current = []));
        break;
      case 'rte':
        if (parent === 'gpx') routes.push((current = []));
        break;
      case 'trkpt':
      case 'rtept':
      case 'wpt': {
        if (++pointCount > maxPoints) {
          throw refuse(`The GPX file has more than ${maxPoints.toLocaleString('en')} points`);
        }
        const attributes = tag.attributes as Record<string, string>;
        point = {
          lat: coordinate(attributes['lat'], -90, 90, 'latitude', pointCount - 1),
          lng: coordinate(attributes['lon'], -180, 180, 'longitude', pointCount - 1),
          ele: null,
          time: null,
        };
        break;
      }
      case 'ele':
      case 'time':
      case 'name':
        text = '';
        break;
    }
  });
  parser.on('text', (chunk) => {
    if (text !== null) text += chunk;
  });
  parser.on('cdata', (chunk) => {
    if (text !== null) text += chunk;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    path.pop();
    const parent = path[path.length - 1];
    switch (name) {
      case 'trkpt':
      case 'rtept':
        if (point && current) current.push(point);
        point = null;
        break;
      case 'wpt':
        if (point) waypoints.push(point);
        point = null;
        break;
      case 'trkseg':
      case 'rte':
        current = null;
        break;
      case 'ele':
        if (point && text !== null) {
          const ele = text.trim() === '' ? NaN : Number(text);
          point.ele = Number.isFinite(ele) ? ele : null;
        }
        break;
      case 'time':
        if (point && text !== null) {
          const time = new Date(text.trim());
          point.time = Number.isNaN(time.getTime()) ? null : time;
        }
        break;
      case 'name': {
        const value = text?.trim() || null;
        if (parent === 'metadata' && names.metadata === null) names = { ...names, metadata: value };
        else if (parent === 'gpx' && names.metadata === null) names = { ...names, metadata: value }; // GPX 1.0
        else if (parent === 'trk' && names.track === null) names = { ...names, track: value };
        else if (parent === 'rte' && names.route === null) names = { ...names, route: value };
        break;
      }
    }
    if (name === 'ele' || name === 'time' || name === 'name') text = null;
  });

  const guarded = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw refuse(`This is not a well-formed GPX file (${reason})`);
    }
  };
  const write = (piece: string) => guarded(() => parser.write(piece));
  const finish = (): ParsedGpx => {
    guarded(() => parser.close());
    if (!rootSeen) throw refuse('This is not a GPX file (it has no root element)');

    const name = names.metadata ?? names.track ?? names.route;
    const trackSegments = tracks.filter((segment) => segment.length > 0);
    if (trackSegments.length) return { name, segments: trackSegments, source: 'track' };
    const routeSegments = routes.filter((segment) => segment.length > 0);
    if (routeSegments.length) return { name, segments: routeSegments, source: 'route' };
    if (waypoints.length) return { name, segments: [waypoints], source: 'waypoints' };
    throw refuse('The GPX file has no track, route or waypoints');
  };
  return { write, finish };
}

/** Reads a GPX file. Refuses (BAD_USER_INPUT on `file`) what is not GPX, is too large or has no points. */
export function parseGpx(source: Buffer | string, options: ParseGpxOptions = {}): ParsedGpx {
  const reader = gpxReader(options.maxPoints ?? MAX_GPX_POINTS);
  reader.write(decode(source, options.maxBytes ?? MAX_GPX_BYTES));
  return reader.finish();
}

export interface ParseGpxAsyncOptions extends ParseGpxOptions {
  /** Called after each piece with the share read so far, 0–100 (for an import's progress). */
  onProgress?: (percent: number) => void | Promise<void>;
  /** Characters parsed between two yields to the event loop (default 256 Ki). */
  chunkSize?: number;
}

/**
 * parseGpx in pieces, yielding to the event loop between them, so a 25 MB file parsed in a
 * background job does not hold up the requests the same process serves; same refusals.
 */
export async function parseGpxAsync(source: Buffer | string, options: ParseGpxAsyncOptions = {}): Promise<ParsedGpx> {
  const reader = gpxReader(options.maxPoints ?? MAX_GPX_POINTS);
  const text = decode(source, options.maxBytes ?? MAX_GPX_BYTES);
  const chunkSize = Math.max(1024, options.chunkSize ?? 256 * 1024);
  for (let at = 0; at < text.length; at += chunkSize) {
    reader.write(text.slice(at, at + chunkSize));
    await options.onProgress?.(Math.min(100, Math.floor(((at + chunkSize) / text.length) * 100)));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return reader.finish();
}
