import { ImagePlaceholder, ResponsiveImage } from '@/components/ui';
import type { ProductCardFieldsFragment } from '@/gql/graphql';

/**
 * Cards as wide as catalog.css's grid makes them: four columns of a wide screen, three from 40rem,
 * two on a phone (a phone that was told 100vw fetched a photo twice the width it shows).
 */
const CARD_SIZES = '(min-width: 75rem) 19rem, (min-width: 40rem) 33vw, 50vw';
/** The product page's gallery: half the page beside the details, the whole width on a phone. */
const GALLERY_SIZES = '(min-width: 50rem) 50vw, 100vw';

/**
 * The product's main photo (the first), or a neutral placeholder while it has none. `large` is the
 * product page's gallery, where the main photo is the largest thing on the first screen (priority);
 * `priority` a card of the first row of a page that opens with its grid (the shop).
 */
export function ProductArt({ product, large = false, priority = large }: { product: Pick<ProductCardFieldsFragment, 'images'>; large?: boolean; priority?: boolean }) {
  const [image] = product.images;
  if (!image) return <ImagePlaceholder className="product-photo" aspectRatio={large ? '1 / 1' : '4 / 3'} />;
  return <ResponsiveImage className="product-photo" image={image} sizes={large ? GALLERY_SIZES : CARD_SIZES} aspectRatio={large ? undefined : '4 / 3'} priority={priority} />;
}

