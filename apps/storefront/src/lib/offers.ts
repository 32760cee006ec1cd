import type { OfferKind } from '@/gql/graphql';

/** Where a product lives in the storefront: goods on the product page, services and used items on their own pages. */
export function offerPath(product: { slug: string; offerKind?: OfferKind | null }): string {
  if (product.offerKind === 'SERVICE') return `/services/${product.slug}`;
  if (product.offerKind === 'USED') return `/used/${product.slug}`;
  return `/products/${product.slug}`;
}
