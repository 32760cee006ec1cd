import { useMemo } from 'react';
import { decodePolyline, fitTrack } from '../track-geometry';

const WIDTH = 800;
const HEIGHT = 460;

/**
 * The route drawn from its polylines (what the viewer may see of it), fitted into the box. Without a
 * map tile server the track stands alone on a quiet grid; the start and finish are marked, and pinned
 * photos are numbered markers (the numbers of the list of pinned photos below it).
 */
export function TrackDrawing({ polylines, title, pins = [] }: { polylines: string[]; title: string; pins?: { lat: number; lng: number }[] }) {
  const drawn = useMemo(() => fitTrack(polylines.map(decodePolyline), WIDTH, HEIGHT, 28, pins), [polylines, pins]);
  return (
    <figure className="route-track">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`The track of ${title}`} preserveAspectRatio="xMidYMid meet">
        <defs>
          <pattern id="route-grid" width="40" height="40" patternUnits="userSpaceOnUse">
            <path d="M40 0H0V40" fill="none" className="route-track-grid" />
          </pattern>
        </defs>
        <rect width={WIDTH} height={HEIGHT} fill="url(#route-grid)" />
        {drawn.paths.map((d, i) => (
          <g key={i}>
            <path d={d} className="route-track-casing" />
            <path d={d} className="route-track-line" />
          </g>
        ))}
        {drawn.start && <circle cx={drawn.start[0]} cy={drawn.start[1]} r="9" className="route-track-start" />}
        {drawn.end && <circle cx={drawn.end[0]} cy={drawn.end[1]} r="9" className="route-track-end" />}
        {drawn.marks.map(([x, y], i) => (
          <g key={i} className="route-track-pin" aria-hidden="true">
            <circle cx={x} cy={y} r="15" />
            <text x={x} y={y} textAnchor="middle" dominantBaseline="central">
              {i + 1}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="route-track-legend">
        <span className="route-legend-start">First point shown</span>
        <span className="route-legend-end">Last point shown</span>
      </figcaption>
    </figure>
  );
}
