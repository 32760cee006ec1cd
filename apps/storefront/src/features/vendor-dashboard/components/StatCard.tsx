import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ArrowRightIcon, Skeleton } from '@/components/ui';

export interface StatCardProps {
  title: string;
  /** The card's main figure, large. */
  figure?: ReactNode;
  /** A line under the figure saying what it counts. */
  caption?: ReactNode;
  children?: ReactNode;
  /** Where to go for more ("Orders", `/vendor/orders`). */
  link?: { to: string; label: string };
  className?: string;
}

/** One figure of a dashboard: a titled card with its number, a few details and a way to the page behind it. */
export function StatCard({ title, figure, caption, children, link, className }: StatCardProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={['vd-card', className].filter(Boolean).join(' ')}>
      <h2 id={id} className="vd-card-title">
        {title}
      </h2>
      {figure !== undefined && <p className="vd-card-figure">{figure}</p>}
      {caption && <p className="vd-card-caption">{caption}</p>}
      {children}
      {link && (
        <Link to={link.to} className="vd-card-link">
          {link.label}
          <ArrowRightIcon aria-hidden="true" />
        </Link>
      )}
    </section>
  );
}

/** Placeholders the size of the cards while the figures load. */
export function StatCardsLoading({ count }: { count: number }) {
  return (
    <div className="vd-grid" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="vd-card">
          <Skeleton width="40%" height="0.875rem" />
          <Skeleton width="60%" height="2rem" />
          <Skeleton width="80%" height="0.875rem" />
        </div>
      ))}
    </div>
  );
}
