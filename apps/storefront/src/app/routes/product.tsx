import { ProductQuestions } from '@/features/advice/components/ProductQuestions';
import { adviceQueries } from '@/features/advice/queries';
import { AddToCart } from '@/features/cart/components/AddToCart';
import { ProductPage } from '@/features/catalog/components/ProductPage';
import { productHead } from '@/features/catalog/head';
import { SoldBy } from '@/features/vendors/components/SoldBy';
import { catalogQueries } from '@/features/catalog/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** Rendered on the server with its product and its first questions, JSON-LD `Product` in the head; 404 when there is none. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) =>
    Promise.all([
      queryClient.prefetchQuery(catalogQueries.product(params.slug ?? '')),
      queryClient.prefetchInfiniteQuery(adviceQueries.productQuestions(params.slug ?? '')),
    ]),
  head: ({ params, queryClient, site, origin }) =>
    failedQueryHead(queryClient, catalogQueries.product(params.slug ?? '').queryKey) ??
    productHead(queryClient.getQueryData(catalogQueries.product(params.slug ?? '').queryKey), { site, origin }),
};

/** A catalog product page, bought through the cart's "Add to cart", with its questions and answers under it. */
export function Component() {
  return (
    <ProductPage
      purchase={(product, variant) => (
        <>
          <SoldBy slug={product.slug} />
          <AddToCart key={variant.id} variantId={variant.id} stock={variant.stock} label={`${product.name} (${variant.name})`} />
        </>
      )}
      community={(product) => <ProductQuestions slug={product.slug} />}
    />
  );
}
