import type { ProductFilterInput, ProductSort } from '@/gql/graphql';
import { parseMoney } from '@/lib/money';
import { catalogQueries } from './queries';

export const SHOP_SORTS: { value: ProductSort; label: string }[] = [
  { value: 'NEWEST', label: 'Newest' },
  { value: 'PRICE_ASC', label: 'Price: low to high' },
  { value: 'PRICE_DESC', label: 'Price: high to low' },
  { value: 'TOP_RATED', label: 'Top rated' },
  { value: 'NAME', label: 'Name' },
];

/** The shop's sort order from its address (`?sort=`), newest first by default. */
export function shopSort(params: URLSearchParams): ProductSort {
  return SHOP_SORTS.find((s) => s.value === params.get('sort'))?.value ?? 'NEWEST';
}

/**
 * The shop's filter from its address (`?category=&min=&max=&search=`; `q` is the old name of
 * `search`, still read). The price range is typed in the shop's currency; the API takes minor units
 * of it. One function for the page and for the server's prefetch, so both ask for the same query key.
 */
export function shopFilter(params: URLSearchParams, currency: string | undefined): ProductFilterInput {
  const toMinor = (text: string | null) => (text && currency ? (parseMoney(text, currency) ?? undefined) : undefined);
  return {
    categorySlug: params.get('category') || undefined,
    minPriceMinor: toMinor(params.get('min')),
    maxPriceMinor: toMinor(params.get('max')),
    search: params.get('search') || params.get('q') || undefined,
  };
}

/** The shop's first page of products for an address. */
export function shopProducts(params: URLSearchParams, currency: string | undefined) {
  return catalogQueries.products(shopFilter(params, currency), shopSort(params));
}
