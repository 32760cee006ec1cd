import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { MemberName } from '@/components/member/MemberName';
import { Badge, Breadcrumbs, Button, Price, ResponsiveImage, Skeleton, toast } from '@/components/ui';
import type { GuideQuery } from '@/gql/graphql';
import { editContributionPath } from '@/lib/community';
import { usePageTitle } from '@/lib/page-title';
import { DIFFICULTY_LABEL, formatDuration } from '../head';
import { useGuide } from '../hooks/use-guides';
import { MadeThis } from './MadeThis';
import '../guides.css';

export type GuideData = NonNullable<GuideQuery['contribution']>;
type GuideDetails = NonNullable<GuideData['guide']>;
export type GuideItemData = GuideDetails['tools'][number];

export interface GuidePageProps {
  /** "Add all to cart": the route module passes the cart's addMany (the cart is another feature). */
  onAddAll: (lines: { variantId: string; quantity: number }[]) => Promise<unknown>;
  /** Placed under the guide: reactions and comments, composed by the route module. */
  activity?: (guide: GuideData) => ReactNode;
}

/** A guide: difficulty and time, what you need (with one "Add all to cart"), numbered steps, "I made this". */
export function GuidePage({ onAddAll, activity }: GuidePageProps) {
  const { id = '' } = useParams();
  const { data, isLoading, error } = useGuide(id);
  const guide = data?.contribution;
  usePageTitle(guide?.title ?? (isLoading ? null : 'Guide not found'));
  if (isLoading) {
    return (
      <div className="guide-page" aria-busy="true">
        <Skeleton height="2.5rem" width="60%" />
        <Skeleton aspectRatio="4 / 3" />
      </div>
    );
  }
  if (!guide?.guide) {
    return (
      <section className="ui-empty" aria-labelledby="guide-missing-title">
        <h1 id="guide-missing-title" className="ui-empty-title">
          {error ? 'This guide could not be loaded' : 'This guide is not here'}
        </h1>
        <p className="ui-empty-description">{error ? 'Try again in a moment.' : 'It may have been unpublished, or the link is wrong.'}</p>
        <Button asChild variant="secondary">
          <Link to="/community/guides">See all guides</Link>
        </Button>
      </section>
    );
  }
  return <GuideView guide={guide} details={guide.guide} onAddAll={onAddAll} activity={activity} />;
}

function GuideView({ guide, details, onAddAll, activity }: { guide: GuideData; details: GuideDetails } & GuidePageProps) {
  // The demo (and many authors) use a step's photo as the cover: shown once, in its step.
  const stepPhotoIds = new Set(details.steps.flatMap((step) => step.photos.map((photo) => photo.id)));
  const cover = guide.photos[0] && !stepPhotoIds.has(guide.photos[0].id) ? guide.photos[0].image : undefined;
  return (
    <article className="guide-page" aria-labelledby="guide-title">
      <Breadcrumbs items={[{ label: 'Community', to: '/community' }, { label: 'Guides', to: '/community/guides' }, { label: guide.title }]} />
      <header className="guide-header">
        <p className="eyebrow">Step-by-step guide</p>
        <h1 id="guide-title">{guide.title}</h1>
        <ul className="guide-facts" aria-label="About this guide">
          <li>
            <Badge tone={details.difficulty === 'HARD' ? 'warning' : details.difficulty === 'EASY' ? 'success' : 'primary'}>{DIFFICULTY_LABEL[details.difficulty]}</Badge>
          </li>
          <li>
            <span className="guide-fact-label">Time</span> {formatDuration(details.timeMinutes)}
          </li>
          <li>
            <span className="guide-fact-label">Steps</span> {details.steps.length}
          </li>
          <li>
            <span className="guide-fact-label">Made by</span> {details.completionCount} {details.completionCount === 1 ? 'rider' : 'riders'}
          </li>
        </ul>
        <div className="guide-byline">
          <span>By</span> <MemberName member={guide.author} />
          {guide.status !== 'PUBLISHED' && <Badge tone="warning">{guide.status === 'DRAFT' ? 'Draft: only you can see it' : 'Removed'}</Badge>}
          {guide.viewerCanEdit && (
            <Button asChild variant="secondary" size="sm">
              <Link to={editContributionPath('GUIDE', guide.id)}>Edit guide</Link>
            </Button>
          )}
        </div>
      </header>

      <div className="guide-layout">
        <div className="guide-main">
          {cover && <ResponsiveImage image={cover} sizes="(min-width: 64rem) 48rem, 100vw" aspectRatio="4 / 3" fit="contain" priority className="guide-cover" />}
          <MarkdownBody html={guide.bodyHtml} className="guide-intro" />
          <section aria-labelledby="guide-steps-title" className="guide-steps-section">
            <h2 id="guide-steps-title">Steps</h2>
            <ol className="guide-steps">
              {details.steps.map((step) => (
                <li key={step.id} className="guide-step" id={`step-${step.number}`}>
                  <div className="guide-step-number" aria-hidden="true">
                    {step.number}
                  </div>
                  <div className="guide-step-content">
                    <h3>
                      <span className="visually-hidden">Step {step.number}: </span>
                      {step.title}
                    </h3>
                    {step.photos.length > 0 && (
                      <div className={step.photos.length > 1 ? 'guide-step-photos guide-step-photos-many' : 'guide-step-photos'}>
                        {step.photos.map((photo) => (
                          <ResponsiveImage key={photo.id} image={photo.image} sizes="(min-width: 64rem) 24rem, 100vw" aspectRatio="4 / 3" fit="contain" />
                        ))}
                      </div>
                    )}
                    <MarkdownBody html={step.bodyHtml} />
                  </div>
                </li>
              ))}
            </ol>
          </section>
        </div>
        <aside className="guide-aside" aria-labelledby="guide-needs-title">
          <WhatYouNeed tools={details.tools} parts={details.parts} onAddAll={onAddAll} />
        </aside>
      </div>

      <MadeThis guide={guide} details={details} />
      {activity?.(guide)}
    </article>
  );
}

function WhatYouNeed({ tools, parts, onAddAll }: { tools: GuideItemData[]; parts: GuideItemData[]; onAddAll: GuidePageProps['onAddAll'] }) {
  const [adding, setAdding] = useState(false);
  const buyable = [...tools, ...parts].filter((item) => item.variant?.inStock);
  const lines = buyable.map((item) => ({ variantId: item.variant!.id, quantity: item.quantity }));
  const total = buyable.reduce((sum, item) => sum + item.variant!.price.amountMinor * item.quantity, 0);
  const currency = buyable[0]?.variant?.price.currency;
  const addAll = async () => {
    setAdding(true);
    try {
      await onAddAll(lines);
      toast.success(`Added ${lines.length} ${lines.length === 1 ? 'item' : 'items'} to your cart`);
    } catch (error) {
      toast.error('Could not add them to your cart', { description: error instanceof Error ? error.message : undefined });
    } finally {
      setAdding(false);
    }
  };
  return (
    <div className="guide-needs">
      <h2 id="guide-needs-title">What you need</h2>
      {tools.length === 0 && parts.length === 0 && <p className="muted">Nothing beyond a basic tool kit.</p>}
      <ItemList title="Tools" items={tools} />
      <ItemList title="Parts" items={parts} />
      {lines.length > 0 && currency && (
        <div className="guide-needs-total">
          <p>
            <span>
              {lines.length} from the shop
            </span>
            <Price money={{ amountMinor: total, currency }} />
          </p>
          <Button block onClick={addAll} pending={adding} pendingLabel="Adding…">
            Add all to cart
          </Button>
        </div>
      )}
    </div>
  );
}

function ItemList({ title, items }: { title: string; items: GuideItemData[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="guide-items">
        {items.map((item) => (
          <li key={item.id}>
            <span className="guide-item-name">
              {item.quantity > 1 && <span className="guide-item-quantity">{item.quantity} ×</span>}
              {item.product ? <Link to={`/products/${encodeURIComponent(item.product.slug)}`}>{item.label}</Link> : item.label}
            </span>
            {item.variant ? (
              item.variant.inStock ? (
                <Price money={item.variant.price} size="sm" />
              ) : (
                <span className="muted">Sold out</span>
              )
            ) : (
              <span className="muted">Not in the shop</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
