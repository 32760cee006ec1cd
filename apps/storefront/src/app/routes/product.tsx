import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { ProductQuestions } from '@/features/advice/components/ProductQuestions';
import { adviceQueries } from '@/features/advice/queries';
import { AddToCart } from '@/features/cart/components/AddToCart';
import { ProductPage } from '@/features/catalog/components/ProductPage';
import { productHead } from '@/features/catalog/head';
import { SoldBy } from '@/features/vendors/components/SoldBy';
import { catalogQueries } from '@/features/catalog/queries';
import type { OfferKind } from '@/gql/graphql';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** Services and used items have their own pages: /products/:slug of one (an old link) sends the visitor there. */
function ownPageOf(product: { slug: string; offerKind: OfferKind } | null | undefined): string | undefined {
  if (product?.offerKind === 'SERVICE') return `/services/${encodeURIComponent(product.slug)}`;
  if (product?.offerKind === 'USED') return `/used/${encodeURIComponent(product.slug)}`;
  return undefined;
}

/** Rendered on the server with its product and its first questions, JSON-LD `Product` in the head; 404 when there is none. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) =>
    Promise.all([
      queryClient.prefetchQuery(catalogQueries.product(params.slug ?? '')),
      queryClient.prefetchInfiniteQuery(adviceQueries.productQuestions(params.slug ?? '')),
    ]),
  head: ({ params, queryClient, site, origin }) => {
    const data = queryClient.getQueryData(catalogQueries.product(params.slug ?? '').queryKey);
    const redirect = ownPageOf(data?.product);
    if (redirect) return { title: data?.product?.name ?? null, redirect };
    return failedQueryHead(queryClient, catalogQueries.product(params.slug ?? '').queryKey) ?? productHead(data, { site, origin });
  },
};

/** A catalog product page, bought through the cart's "Add to cart", with its questions and answers under it. */
export function Component() {
  const slug = useParams().slug ?? '';
  const redirect = ownPageOf(useQuery(catalogQueries.product(slug)).data?.product);
  if (redirect) return <Navigate to={redirect} replace />;
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
