import { AddToCart } from '@/features/cart/components/AddToCart';
import { ProductPage } from '@/features/catalog/components/ProductPage';
import { productHead } from '@/features/catalog/head';
import { catalogQueries } from '@/features/catalog/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** Rendered on the server with its product, JSON-LD `Product` in the head; 404 when there is none. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) => queryClient.prefetchQuery(catalogQueries.product(params.slug ?? '')),
  head: ({ params, queryClient, site, origin }) =>
    failedQueryHead(queryClient, catalogQueries.product(params.slug ?? '').queryKey) ??
    productHead(queryClient.getQueryData(catalogQueries.product(params.slug ?? '').queryKey), { site, origin }),
};

/** A catalog product page, bought through the cart's "Add to cart". */
export function Component() {
  return (
    <ProductPage
      purchase={(product, variant) => <AddToCart key={variant.id} variantId={variant.id} stock={variant.stock} label={`${product.name} (${variant.name})`} />}
    />
  );
}
