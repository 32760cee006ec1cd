import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Badge, Button, buttonClassName, EmptyState, ImagePlaceholder, Price, ResponsiveImage } from '@/components/ui';
import type { UsedItemCardFragment, UsedItemKind } from '@/gql/graphql';
import { usePageTitle } from '@/lib/page-title';
import { CONDITION_LABELS } from '../labels';
import { resaleQueries } from '../queries';
import '../resale.css';

const FILTERS: { kind: UsedItemKind | null; label: string }[] = [
  { kind: null, label: 'All' },
  { kind: 'BIKE', label: 'Bikes' },
  { kind: 'PART', label: 'Parts' },
];

/** The kind the address asks for (`?kind=BIKE`), or null for everything. */
export function usedKindOf(searchParams: URLSearchParams): UsedItemKind | null {
  const kind = searchParams.get('kind');
  return kind === 'BIKE' || kind === 'PART' || kind === 'OTHER' ? kind : null;
}

/** The used market (`/used`): riders' bikes and parts for sale, newest first, filtered by kind. */
export function UsedMarketPage() {
  usePageTitle('Used bikes and parts');
  const [searchParams] = useSearchParams();
  const kind = usedKindOf(searchParams);
  const market = useInfiniteQuery(resaleQueries.market(kind));
  const items = market.data?.pages.flatMap((page) => page.usedItems.nodes) ?? [];

  return (
    <section aria-labelledby="used-title" className="used-market">
      <header className="used-market-header">
        <div>
          <h1 id="used-title">Used bikes and parts</h1>
          <p className="muted">From riders like you. Bought through Ridgeline: your money is held until you confirm receipt.</p>
        </div>
        <Link to="/account/selling" className={buttonClassName({ variant: 'secondary' })}>
          Sell yours
        </Link>
      </header>
      <nav aria-label="Kinds" className="used-filters">
        {FILTERS.map((filter) => (
          <Link
            key={filter.label}
            to={filter.kind ? `/used?kind=${filter.kind}` : '/used'}
            className="used-chip"
            aria-current={filter.kind === kind ? 'page' : undefined}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      {market.isLoading ? (
        <p aria-live="polite">Loading…</p>
      ) : market.error ? (
        <p role="alert">{market.error.message}</p>
      ) : items.length === 0 ? (
        <EmptyState title="Nothing for sale here yet" description="Check back soon, or list your own used bike or part." action={<Link to="/account/selling">Sell a used item</Link>} />
      ) : (
        <ul className="used-grid">
          {items.map((item) => (
            <li key={item.productId}>
              <UsedItemCard item={item} />
            </li>
          ))}
        </ul>
      )}
      {market.hasNextPage && (
        <Button variant="secondary" onClick={() => market.fetchNextPage()} disabled={market.isFetchingNextPage}>
          {market.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </Button>
      )}
    </section>
  );
}

export function UsedItemCard({ item }: { item: UsedItemCardFragment }) {
  const photo = item.photo;
  if (!item.slug) return null;
  return (
    <article className="used-card">
      <Link to={`/used/${encodeURIComponent(item.slug)}`} className="used-card-link">
        {photo ? <ResponsiveImage image={photo} sizes="(min-width: 60rem) 22rem, (min-width: 36rem) 45vw, 92vw" aspectRatio="4 / 3" decorative /> : <ImagePlaceholder />}
        <h2 className="used-card-title">{item.title}</h2>
      </Link>
      <p className="used-card-meta">
        <Badge tone="neutral">{CONDITION_LABELS[item.condition]}</Badge>
        <span className="muted">
          {[item.frameSize && `Size ${item.frameSize}`, item.year].filter(Boolean).join(' · ')}
        </span>
      </p>
      {item.price && <Price money={item.price} />}
      <p className="muted used-card-seller">Sold by {item.sellerName}</p>
    </article>
  );
}
