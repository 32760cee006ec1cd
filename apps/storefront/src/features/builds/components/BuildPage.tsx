import type { ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { MemberName } from '@/components/member/MemberName';
import { Badge, Breadcrumbs, Button, EmptyState, Price, ResponsiveImage, toast, type BadgeTone } from '@/components/ui';
import type { BuildState } from '@/gql/graphql';
import { editContributionPath } from '@/lib/community';
import { request } from '@/lib/graphql-client';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { usePageTitle } from '@/lib/page-title';
import { SupportBuildMutation, WithdrawBuildSupportMutation } from '../graphql/builds';
import { buildQueries } from '../queries';
import '../builds.css';

export interface BuildPageProps {
  /** Puts the shop's parts into the cart (the route module passes the cart's `addMany`). */
  onAddAll: (lines: { variantId: string; quantity: number }[]) => Promise<unknown>;
  /** Reactions, follow, save and comments (another feature's, placed by the route module). */
  activity?: ReactNode;
}

// In the storefront's language and UTC, so the server's rendering and the browser's agree (decision 0023).
const day = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

const STATE_LABEL: Record<BuildState, { label: string; tone: BadgeTone }> = {
  SUPPORTING: { label: 'Gathering support', tone: 'primary' },
  IN_REVIEW: { label: 'In brand review', tone: 'warning' },
  ACCEPTED: { label: 'Accepted by the brand', tone: 'success' },
  DECLINED: { label: 'Declined', tone: 'neutral' },
  EXPIRED: { label: 'Support window closed', tone: 'neutral' },
};

/** A member's build: photos, story, parts with prices (all into the cart at once) and support in stages. */
export function BuildPage({ onAddAll, activity }: BuildPageProps) {
  const { id = '' } = useParams();
  const query = useQuery(buildQueries.page(id));
  const contribution = query.data?.contribution;
  const build = contribution?.build;
  usePageTitle(contribution ? contribution.title : query.isLoading ? null : 'Build not found');
  const [photo, setPhoto] = useState(0);
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: buildQueries.page(id).queryKey });
  const support = useMutation({ mutationFn: () => request(SupportBuildMutation, { buildId: id }), onSuccess: refresh, onError: (error) => toast.error(error.message) });
  const withdraw = useMutation({ mutationFn: () => request(WithdrawBuildSupportMutation, { buildId: id }), onSuccess: refresh, onError: (error) => toast.error(error.message) });
  const addAll = useMutation({
    mutationFn: onAddAll,
    onSuccess: () => toast.success('The parts are in your cart'),
    onError: (error) => toast.error(error.message),
  });

  if (query.isLoading) return <p aria-live="polite">Loading the build…</p>;
  if (!contribution || !build) {
    return (
      <EmptyState title="There is no such build" description={query.error?.message ?? 'It may have been a draft, or taken down.'} action={<Link to="/community/builds">See the community’s builds</Link>} />
    );
  }

  const shopLines = build.parts.filter((part) => part.variant).map((part) => ({ variantId: part.variant!.id, quantity: part.quantity }));
  const currency = build.parts.find((part) => part.variant)?.variant?.price.currency;
  const total = build.parts.reduce((sum, part) => sum + (part.variant ? part.variant.price.amountMinor * part.quantity : 0), 0);
  const state = STATE_LABEL[build.state];
  const progress = build.stageTarget ? Math.min(100, Math.round((build.supporters / build.stageTarget) * 100)) : 100;
  const cover = contribution.photos[photo] ?? contribution.photos[0];

  return (
    <article className="build-page" aria-labelledby="build-title">
      <Breadcrumbs items={[{ label: 'Community', to: '/community' }, { label: 'Builds', to: '/community/builds' }, { label: contribution.title }]} />
      <header className="build-header">
        <div>
          <h1 id="build-title">{contribution.title}</h1>
          <p className="build-byline">
            by <MemberName member={contribution.author} />
            {contribution.publishedAt && <span className="muted"> · {day(contribution.publishedAt)}</span>}
            {contribution.status === 'DRAFT' && <Badge tone="warning">Draft</Badge>}
          </p>
          {contribution.tags.length > 0 && (
            <ul className="build-tags" aria-label="Tags">
              {contribution.tags.map((tag) => (
                <li key={tag}>
                  <Badge>#{tag}</Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
        {contribution.viewerCanEdit && (
          <div className="build-author-actions">
            <Button asChild variant="secondary">
              <Link to={editContributionPath('BUILD', contribution.id)}>Edit build</Link>
            </Button>
            {contribution.status === 'PUBLISHED' && (
              <Button asChild variant="ghost">
                <Link to={`/community/updates/new?project=${contribution.id}`}>Post progress</Link>
              </Button>
            )}
          </div>
        )}
      </header>

      <div className="build-layout">
        <div className="build-main">
          {cover ? (
            <figure className="build-gallery">
              <ResponsiveImage image={cover.image} sizes="(min-width: 60rem) 60vw, 100vw" aspectRatio="4 / 3" priority />
              {contribution.photos.length > 1 && (
                <ul className="build-thumbs" aria-label="Photos">
                  {contribution.photos.map((p, i) => (
                    <li key={p.id}>
                      <button type="button" className="build-thumb" aria-pressed={i === photo} aria-label={`Show photo ${i + 1}: ${p.image.alt}`} onClick={() => setPhoto(i)}>
                        <ResponsiveImage image={p.image} sizes="6rem" aspectRatio="4 / 3" decorative />
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </figure>
          ) : null}

          <section aria-labelledby="build-story" className="build-story">
            <h2 id="build-story">The story</h2>
            {contribution.bodyHtml ? <MarkdownBody html={contribution.bodyHtml} /> : <p className="muted">No story yet.</p>}
          </section>

          <section aria-labelledby="build-parts" className="build-parts">
            <h2 id="build-parts">Parts list</h2>
            {build.parts.length === 0 ? (
              <p className="muted">No parts listed yet.</p>
            ) : (
              <>
                <ul className="build-parts-list">
                  {build.parts.map((part) => (
                    <li key={part.id}>
                      <div>
                        <span className="build-part-name">{part.product ? <Link to={`/products/${part.product.slug}`}>{part.label}</Link> : part.label}</span>
                        {part.note && <span className="muted build-part-note">{part.note}</span>}
                      </div>
                      <span className="build-part-qty">× {part.quantity}</span>
                      <span className="build-part-price">{part.variant ? <Price money={{ amountMinor: part.variant.price.amountMinor * part.quantity, currency: part.variant.price.currency }} size="sm" /> : <span className="muted">Not in the shop</span>}</span>
                    </li>
                  ))}
                </ul>
                {shopLines.length > 0 && currency && (
                  <div className="build-parts-total">
                    <span>
                      Shop parts total <Price money={{ amountMinor: total, currency }} />
                    </span>
                    <Button onClick={() => addAll.mutate(shopLines)} pending={addAll.isPending} pendingLabel="Adding…">
                      Add all parts to cart
                    </Button>
                  </div>
                )}
              </>
            )}
          </section>
        </div>

        <aside className="build-support" aria-labelledby="build-support-title">
          <h2 id="build-support-title">Support this build</h2>
          <Badge tone={state.tone}>{state.label}</Badge>
          <p className="build-support-count">
            <strong>{build.supporters}</strong> {build.supporters === 1 ? 'supporter' : 'supporters'}
            {build.stageTarget !== null && build.stageTarget !== undefined && <span className="muted"> of {build.stageTarget} needed</span>}
          </p>
          {build.state === 'SUPPORTING' && (
            <>
              <div className="build-progress" role="progressbar" aria-label={`Stage ${build.stageNumber} of ${build.stageCount}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}>
                <span style={{ width: `${progress}%` }} />
              </div>
              <p className="muted">
                Stage {build.stageNumber} of {build.stageCount}
                {build.stageDeadline && <> · closes {day(build.stageDeadline)}</>}
              </p>
            </>
          )}
          {build.state === 'IN_REVIEW' && <p>It cleared every stage: the brand is looking at it now.</p>}
          {build.state === 'DECLINED' && build.declineReason && <p>The brand’s answer: {build.declineReason}</p>}
          {build.state === 'ACCEPTED' && <p>The brand is turning it into a product. Its creator earns {((build.royaltyBp ?? 100) / 100).toLocaleString(STOREFRONT_LOCALE)}% of net sales.</p>}
          {build.viewerSupports ? (
            <Button variant="secondary" block onClick={() => withdraw.mutate()} pending={withdraw.isPending} pendingLabel="Withdrawing…" disabled={build.state !== 'SUPPORTING'}>
              ✓ You support it · Withdraw
            </Button>
          ) : build.viewerCanSupport ? (
            <Button block onClick={() => support.mutate()} pending={support.isPending} pendingLabel="Supporting…">
              Support this build
            </Button>
          ) : null}
          <p className="muted build-support-help">When a build reaches every stage in time, the brand reviews it and may make it a product, with a royalty for its creator.</p>
        </aside>
      </div>
      {contribution.status === 'PUBLISHED' && activity}
    </article>
  );
}
