import { useRef, useState, type KeyboardEvent } from 'react';
import { ResponsiveImage } from '@/components/ui';
import type { ProductCardFieldsFragment } from '@/gql/graphql';
import { ProductArt } from '../ProductArt';

type Image = ProductCardFieldsFragment['images'][number];

/** Half the page beside the details on a wide screen, the whole width on a phone. */
const GALLERY_SIZES = '(min-width: 50rem) 50vw, 100vw';

/**
 * The product's photos: the chosen one large, the others as thumbnails under it. Thumbnails are
 * buttons (Tab reaches them; the arrow keys move between them, Home and End to the ends) that say
 * which photo they show and which one is showing (aria-pressed).
 */
export function ProductGallery({ product }: { product: ProductCardFieldsFragment }) {
  const [index, setIndex] = useState(0);
  const thumbnails = useRef<(HTMLButtonElement | null)[]>([]);
  const images = product.images;
  const shown: Image | undefined = images[Math.min(index, images.length - 1)];

  const show = (next: number) => {
    const wrapped = (next + images.length) % images.length;
    setIndex(wrapped);
    thumbnails.current[wrapped]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: images.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    show(moves[event.key]);
  };

  return (
    <div className="product-gallery">
      {/* The shown photo is the largest thing on the first screen: loaded first (priority). */}
      {shown ? <ResponsiveImage className="product-gallery-main" image={shown} sizes={GALLERY_SIZES} priority /> : <ProductArt product={product} large />}
      {images.length > 1 && (
        <ul className="product-thumbnails" aria-label={`Photos of ${product.name}`} onKeyDown={onKeyDown}>
          {images.map((image, i) => (
            <li key={image.url}>
              <button
                type="button"
                ref={(button) => {
                  thumbnails.current[i] = button;
                }}
                className="product-thumbnail"
                aria-pressed={i === index}
                aria-label={`Photo ${i + 1} of ${images.length}: ${image.alt}`}
                tabIndex={i === index ? 0 : -1}
                onClick={() => setIndex(i)}
              >
                <ResponsiveImage image={image} sizes="5rem" aspectRatio="1 / 1" decorative />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
