import type { CSSProperties } from 'react';

export interface SkeletonProps {
  /** CSS length; defaults to the full width. */
  width?: string;
  /** CSS length; defaults to one line of text. */
  height?: string;
  /** Keep a ratio instead of a height (a product photo's 4 / 3). */
  aspectRatio?: string;
  shape?: 'rect' | 'text' | 'circle' | 'pill';
  className?: string;
}

/**
 * A grey placeholder with the size of what is still loading, so the page does not jump when it
 * arrives (no layout shift). Hidden from screen readers: say "Loading…" once elsewhere (an
 * aria-live region or aria-busy on the container), not per placeholder.
 */
export function Skeleton({ width, height, aspectRatio, shape = 'rect', className }: SkeletonProps) {
  const style: CSSProperties = { width, height: aspectRatio ? undefined : height, aspectRatio };
  return <span aria-hidden="true" className={['ui-skeleton', `ui-skeleton-${shape}`, className].filter(Boolean).join(' ')} style={style} />;
}
