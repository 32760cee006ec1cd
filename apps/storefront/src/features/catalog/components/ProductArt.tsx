import type { ProductCardFieldsFragment } from '@/gql/graphql';

/**
 * The product's first photo, or a coloured tile with its initial while it has none.
 * TODO(lead): ResponsiveImage from @/components/ui (srcset, sizes, width/height) once the imagery branch lands.
 */
export function ProductArt({ product, large = false }: { product: ProductCardFieldsFragment; large?: boolean }) {
  const [image] = product.images;
  if (image) return <img className={large ? 'product-photo product-photo-large' : 'product-photo'} src={image.url} alt={image.alt} loading="lazy" />;
  return (
    <div className={`product-art product-art-${product.category.slug}`} aria-hidden="true">
      {product.name.charAt(0)}
    </div>
  );
}
