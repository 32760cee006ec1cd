import { useId, useMemo, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { ProductFilterInput } from '@/gql/graphql';
import { useBrand } from '@/lib/brand/brand';
import { usePageTitle } from '@/lib/page-title';
import { useCategories, useProducts } from '../hooks/use-catalog';
import { SHOP_SORTS as SORTS, shopFilter, shopSort } from '../shop-filter';
import { ProductGrid } from './ProductGrid';

/** The shop with filters kept in the URL, so a filtered page can be shared and reloaded. */
export function CatalogPage() {
  const [params, setParams] = useSearchParams();
  // The price range is typed in the shop's currency; the API takes minor units of it.
  const { currency } = useBrand();
  const priceFiltered = Boolean(params.get('min') || params.get('max'));
  const ids = { category: useId(), min: useId(), max: useId(), search: useId(), sort: useId() };
  const sort = shopSort(params);
  const filter = useMemo<ProductFilterInput>(() => shopFilter(params, currency), [params, currency]);
  const categories = useCategories();
  // A category's listing is titled with its name (as the server's head says, decision 0023).
  usePageTitle(categories.data?.categories.find((category) => category.slug === params.get('category'))?.name ?? 'Shop');
  const products = useProducts(filter, sort, undefined, { enabled: !priceFiltered || Boolean(currency) });
  const nodes = products.data?.pages.flatMap((page) => page.products.nodes) ?? [];

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['category', 'min', 'max', 'q', 'sort']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  return (
    <section aria-labelledby="shop-title">
      <h1 id="shop-title">Shop</h1>
      <form className="filters" onSubmit={apply} aria-label="Filter products" key={params.toString()}>
        <div className="field">
          <label htmlFor={ids.search}>Search</label>
          <input id={ids.search} name="q" type="search" defaultValue={params.get('q') ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={ids.category}>Department</label>
          <select id={ids.category} name="category" defaultValue={params.get('category') ?? ''}>
            <option value="">All</option>
            {categories.data?.categories.map((category) => (
              <option key={category.id} value={category.slug}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.min}>Price from</label>
          <input id={ids.min} name="min" inputMode="decimal" defaultValue={params.get('min') ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={ids.max}>Price to</label>
          <input id={ids.max} name="max" inputMode="decimal" defaultValue={params.get('max') ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>Sort by</label>
          <select id={ids.sort} name="sort" defaultValue={sort}>
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-primary">
          Apply
        </button>
      </form>
      {products.isLoading && <p aria-live="polite">Loading products…</p>}
      {products.error && <p role="alert">{products.error.message}</p>}
      {products.data && (
        <>
          <p aria-live="polite" className="result-count">
            Showing {nodes.length} {nodes.length === 1 ? 'product' : 'products'}
          </p>
          <ProductGrid products={nodes} />
        </>
      )}
      {products.hasNextPage && (
        <button type="button" className="button-secondary" onClick={() => products.fetchNextPage()} disabled={products.isFetchingNextPage}>
          {products.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </button>
      )}
    </section>
  );
}
