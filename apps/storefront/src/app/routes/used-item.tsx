import { AddToCart } from '@/features/cart/components/AddToCart';
import { UsedItemPage } from '@/features/resale/components/UsedItemPage';
import { usedItemHead } from '@/features/resale/head';
import { resaleQueries } from '@/features/resale/queries';
import { failedQueryHead, type PageHandle } from '@/lib/head';

/** A used item's page, rendered on the server; 404 when there is none. Bought with the cart's "Add to cart", then the normal checkout. */
export const handle: PageHandle = {
  prefetch: ({ params, queryClient }) => queryClient.prefetchQuery(resaleQueries.item(params.slug ?? '')),
  head: ({ params, queryClient, site }) =>
    failedQueryHead(queryClient, resaleQueries.item(params.slug ?? '').queryKey) ?? usedItemHead(queryClient.getQueryData(resaleQueries.item(params.slug ?? '').queryKey), site),
};

export function Component() {
  return <UsedItemPage buy={(variant, label) => <AddToCart variantId={variant.id} stock={variant.stock} label={label} />} />;
}
