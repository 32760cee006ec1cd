import { ImagePlaceholder, ResponsiveImage } from '@/components/ui';
import type { ProductCardFieldsFragment } from '@/gql/graphql';

/** Cards in the grid are at most a quarter of a wide screen, half of a phone's. */
const CARD_SIZES = '(min-width: 80rem) 19rem, (min-width: 48rem) 33vw, (min-width: 32rem) 50vw, 100vw';
/** The product page's gallery: half the page beside the details, the whole width on a phone. */
const GALLERY_SIZES = '(min-width: 50rem) 50vw, 100vw';

/**
 * The product's main photo (the first), or a neutral placeholder while it has none. `large` is the
 * product page's gallery, where the main photo is the largest thing on the first screen (priority).
 */
export function ProductArt({ product, large = false }: { product: Pick<ProductCardFieldsFragment, 'images'>; large?: boolean }) {
  const [image] = product.images;
  if (!image) return <ImagePlaceholder className="product-photo" aspectRatio={large ? '1 / 1' : '4 / 3'} />;
  return <ResponsiveImage className="product-photo" image={image} sizes={large ? GALLERY_SIZES : CARD_SIZES} aspectRatio={large ? undefined : '4 / 3'} priority={large} />;
}

