import { Button, Skeleton } from '@/components/ui';
import { ContributionCard, type ContributionCardData } from './ContributionCard';

/** Cards in a responsive grid, with "Load more" while the API says more follow. */
export function ContributionGrid({
  contributions,
  hasMore,
  loadingMore,
  onLoadMore,
  headingLevel = 3,
  loadMoreLabel = 'Load more',
}: {
  contributions: readonly ContributionCardData[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  headingLevel?: 2 | 3;
  loadMoreLabel?: string;
}) {
  return (
    <>
      <ul className="contribution-grid">
        {contributions.map((contribution, index) => (
          <li key={contribution.id}>
            <ContributionCard contribution={contribution} headingLevel={headingLevel} priority={index < 2} />
          </li>
        ))}
      </ul>
      {hasMore && (
        <div className="contribution-grid-more">
          <Button variant="secondary" onClick={onLoadMore} pending={loadingMore} pendingLabel="Loading…">
            {loadMoreLabel}
          </Button>
        </div>
      )}
    </>
  );
}

/** Where the cards will be while the first page loads, in the same shape. */
export function ContributionGridPlaceholder({ count = 6, label }: { count?: number; label: string }) {
  return (
    <div aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <ul className="contribution-grid" aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className="contribution-card-skeleton">
            <Skeleton aspectRatio="4 / 3" />
            <Skeleton shape="text" width="70%" />
            <Skeleton shape="text" />
            <Skeleton shape="text" width="40%" />
          </li>
        ))}
      </ul>
    </div>
  );
}
