import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Breadcrumbs, Button, Drawer, EmptyState, Skeleton } from '@/components/ui';
import type { ProductFilterInput } from '@/gql/graphql';
import { useBrand } from '@/lib/brand/brand';
import { formatMoney, parseMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { useCategories, useProducts } from '../hooks/use-catalog';
import { ProductGrid } from './ProductGrid';
import { SHOP_SORTS, shopFilter } from '../shop-filter';
import { ShopFilters, filtersFrom } from './shop/ShopFilters';
import '../catalog.css';

/**
 * The shop, or one department of it: a compact grid (two columns on a phone, three or four on a
 * desktop) with filters in the URL (`category`, `search`, `min`, `max`, `sort`), so a filtered page can
 * be shared and reloaded. The filters sit beside the grid on a desktop and in a drawer on a phone,
 * where the departments stay one tap away above the grid.
 */
export function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const [drawerOpen, setDrawerOpen] = useState(false);
  // The price range is typed in the shop's currency; the API takes minor units of it.
  const { currency } = useBrand();
  const categories = useCategories();
  const current = filtersFrom(params);
  const department = categories.data?.categories.find((c) => c.slug === current.category);
  usePageTitle(department?.name ?? 'Shop');

  // One function for the page and the server's prefetch (decision 0023): the same query key.
  const filter = useMemo<ProductFilterInput>(() => shopFilter(params, currency), [params, currency]);
  const priceFiltered = Boolean(current.min || current.max);
  const products = useProducts(filter, current.sort, undefined, { enabled: !priceFiltered || Boolean(currency) });
  const nodes = products.data?.pages.flatMap((page) => page.products.nodes) ?? [];

  const apply = (next: URLSearchParams) => {
    setParams(next);
    setDrawerOpen(false);
  };
  const withParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    next.delete('q');
    if (value) next.set(key, value);
    else next.delete(key);
    return `/shop${next.size ? `?${next}` : ''}`;
  };
  const active = activeFilters(current, currency);

  return (
    <div className="shop">
      <Breadcrumbs items={department ? [{ label: 'Home', to: '/' }, { label: 'Shop', to: '/shop' }, { label: department.name }] : [{ label: 'Home', to: '/' }, { label: 'Shop' }]} />
      <h1>{department?.name ?? 'Shop'}</h1>

      {categories.data && categories.data.categories.length > 0 && (
        <nav aria-label="Shop by category" className="shop-departments">
          <ul>
            <li>
              <Link to={withParam('category', null)} aria-current={!current.category ? 'page' : undefined}>
                All
              </Link>
            </li>
            {categories.data.categories.map((category) => (
              <li key={category.id}>
                <Link to={withParam('category', category.slug)} aria-current={category.slug === current.category ? 'page' : undefined}>
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="shop-layout">
        <aside className="shop-sidebar" aria-label="Filters">
          <ShopFilters params={params} categories={categories.data?.categories ?? []} onApply={apply} />
        </aside>

        <div className="shop-results">
          <div className="shop-toolbar">
            <p className="result-count" aria-live="polite">
              {products.data ? `Showing ${nodes.length} ${nodes.length === 1 ? 'product' : 'products'}` : ''}
            </p>
            <Drawer
              open={drawerOpen}
              onOpenChange={setDrawerOpen}
              side="right"
              title="Filter and sort"
              trigger={
                <Button variant="secondary" size="sm" className="shop-filters-button">
                  Filters{active.length > 0 ? ` (${active.length})` : ''}
                </Button>
              }
            >
              <ShopFilters params={params} categories={categories.data?.categories ?? []} onApply={apply} submitLabel="Show results" />
            </Drawer>
          </div>
          {active.length > 0 && (
            <ul className="shop-active-filters" aria-label="Active filters">
              {active.map((item) => (
                <li key={item.key}>
                  <Link to={withParam(item.key, null)} aria-label={`Remove filter: ${item.label}`}>
                    {item.label} <span aria-hidden="true">×</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link to={current.category ? `/shop?category=${encodeURIComponent(current.category)}` : '/shop'}>Clear all</Link>
              </li>
            </ul>
          )}

          <h2 className="visually-hidden">Products</h2>
          {products.isLoading && <GridSkeleton />}
          {products.error && <p role="alert">{products.error.message}</p>}
          {products.data &&
            (nodes.length > 0 ? (
              <ProductGrid products={nodes} />
            ) : (
              <EmptyState
                headingLevel={3}
                title="No products match"
                description="Try fewer words, another department or a wider price range."
                action={
                  <Button asChild variant="secondary">
                    <Link to="/shop">Show every product</Link>
                  </Button>
                }
              />
            ))}
          {products.hasNextPage && (
            <div className="shop-more">
              <Button variant="secondary" onClick={() => products.fetchNextPage()} pending={products.isFetchingNextPage} pendingLabel="Loading…">
                Show more
              </Button>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** The filters in force other than the department (which the heading and the tabs show), each removable. */
function activeFilters(current: ReturnType<typeof filtersFrom>, currency: string | undefined): { key: string; label: string }[] {
  const amount = (text: string) => {
    const minor = currency ? parseMoney(text, currency) : null;
    return minor !== null && currency ? formatMoney({ amountMinor: minor, currency }) : text;
  };
  const active: { key: string; label: string }[] = [];
  if (current.search) active.push({ key: 'search', label: `“${current.search}”` });
  if (current.min) active.push({ key: 'min', label: `From ${amount(current.min)}` });
  if (current.max) active.push({ key: 'max', label: `Up to ${amount(current.max)}` });
  if (current.sort !== 'NEWEST') active.push({ key: 'sort', label: `Sorted: ${SHOP_SORTS.find((s) => s.value === current.sort)?.label ?? current.sort}` });
  return active;
}

/** Placeholders the size of the cards, while the first page loads (no layout shift). */
function GridSkeleton() {
  return (
    <ul className="product-grid" aria-busy="true" aria-label="Loading products">
      {Array.from({ length: 8 }, (_, i) => (
        <li key={i} className="product-card">
          <Skeleton aspectRatio="4 / 3" />
          <div className="product-card-body">
            <Skeleton shape="text" width="80%" />
            <Skeleton shape="text" width="40%" />
          </div>
        </li>
      ))}
    </ul>
  );
}
