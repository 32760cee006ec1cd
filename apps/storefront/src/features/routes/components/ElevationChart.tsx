import { useMemo } from 'react';
import { formatDistance, profilePaths } from '../track-geometry';

const WIDTH = 800;
const HEIGHT = 160;

/** Elevation along the route (an area chart in SVG): lowest and highest points and the length. */
export function ElevationChart({ profile }: { profile: { distanceM: number; ele: number }[] }) {
  const drawn = useMemo(() => profilePaths(profile, WIDTH, HEIGHT), [profile]);
  if (!drawn) return <p className="muted">This route has no elevation data.</p>;
  const label = `Elevation profile: from ${Math.round(drawn.minEle)} m to ${Math.round(drawn.maxEle)} m over ${formatDistance(drawn.lengthM)}`;
  return (
    <figure className="route-profile">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="none">
        <path d={drawn.area} className="route-profile-area" />
        <path d={drawn.line} className="route-profile-line" vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className="route-profile-axis">
        <span>0 km</span>
        <span>
          {Math.round(drawn.minEle)}–{Math.round(drawn.maxEle)} m
        </span>
        <span>{formatDistance(drawn.lengthM)}</span>
      </figcaption>
    </figure>
  );
}
