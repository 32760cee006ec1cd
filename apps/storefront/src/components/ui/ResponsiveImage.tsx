import type { CSSProperties } from 'react';
import './responsive-image.css';

/** An image as the API gives it (`ProductImage`, `Image`): WebP variants in `srcset`, and its size. */
export interface ResponsiveImageSource {
  url: string;
  alt: string;
  width: number;
  height: number;
  srcset?: string | null;
}

export interface ResponsiveImageProps {
  image: ResponsiveImageSource;
  /** How wide the image is shown, for the browser's pick from `srcset`: "(min-width: 60rem) 25vw, 50vw". */
  sizes: string;
  /** Above the fold (the product's main photo, the home hero): loaded at once and first. Lazy otherwise. */
  priority?: boolean;
  /**
   * Show it in this shape (e.g. "4 / 3" for a grid of cards), cropped to fill (`cover`) or whole
   * (`contain`); without it the image keeps its own proportions.
   */
  aspectRatio?: string;
  fit?: 'cover' | 'contain';
  /** An empty alt for an image that only decorates (its text is said beside it). */
  decorative?: boolean;
  className?: string;
}

/**
 * Every image of the storefront. The width and height attributes and `aspect-ratio` reserve its space
 * before it loads, so nothing below it moves; a neutral background shows meanwhile. Lazy and async
 * unless `priority`, which loads it eagerly with `fetchpriority="high"` (for the largest thing on the
 * first screen).
 */
export function ResponsiveImage({ image, sizes, priority = false, aspectRatio, fit = 'cover', decorative = false, className }: ResponsiveImageProps) {
  const style: CSSProperties = { aspectRatio: aspectRatio ?? `${image.width} / ${image.height}`, objectFit: fit };
  return (
    <img
      className={className ? `ui-image ${className}` : 'ui-image'}
      src={image.url}
      srcSet={image.srcset ?? undefined}
      sizes={image.srcset ? sizes : undefined}
      alt={decorative ? '' : image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      style={style}
    />
  );
}

/**
 * Where a product with no photo yet would show one: a neutral panel with a quiet picture outline,
 * in the same shape, so lists keep their rhythm. Decorative: the product's name is beside it.
 */
export function ImagePlaceholder({ aspectRatio = '4 / 3', className }: { aspectRatio?: string; className?: string }) {
  return (
    <div className={className ? `ui-image-placeholder ${className}` : 'ui-image-placeholder'} style={{ aspectRatio }} aria-hidden="true">
      <svg viewBox="0 0 48 48" width="48" height="48" focusable="false">
        <rect x="6" y="10" width="36" height="28" rx="4" fill="none" stroke="currentColor" strokeWidth="2" />
        <circle cx="17" cy="20" r="3.5" fill="currentColor" />
        <path d="M8 35 L19 26 L26 31 L33 24 L40 30" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      </svg>
    </div>
  );
}

/**
 * A small square picture for lines and lists (cart, orders, the manager's products): the image cropped
 * to a square, or the neutral placeholder when there is none. Decorative: the line names the product.
 */
export function Thumbnail({ image, size = '4rem' }: { image: ResponsiveImageSource | null | undefined; size?: string }) {
  return (
    <span className="ui-thumbnail" style={{ '--thumbnail-size': size } as CSSProperties}>
      {image ? <ResponsiveImage image={image} sizes={size} aspectRatio="1 / 1" decorative /> : <ImagePlaceholder aspectRatio="1 / 1" />}
    </span>
  );
}
