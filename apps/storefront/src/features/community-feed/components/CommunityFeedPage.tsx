import { Link, useNavigate, useSearchParams } from 'react-router';
import { Breadcrumbs, EmptyState, Tabs, buttonClassName } from '@/components/ui';
import type { ContributionKind, FeedScope } from '@/gql/graphql';
import { KIND_LABEL } from '@/lib/community';
import { usePageTitle } from '@/lib/page-title';
import { useViewer } from '@/lib/session/session';
import { SCOPE_PARAM, feedFilterOf, feedSearch } from '../feed-filter';
import { useCommunityFeed } from '../hooks/use-feed';
import { LISTINGS, SHARE_ACTIONS } from '../listings';
import { ContributionGrid, ContributionGridPlaceholder } from './ContributionGrid';
import '../community-feed.css';

const SCOPE_LABEL: Record<FeedScope, string> = { LATEST: 'Latest', TRENDING: 'Trending', FOLLOWING: 'Following' };
const CHIP_KINDS: readonly ContributionKind[] = ['BUILD', 'ROUTE', 'GUIDE', 'QUESTION', 'PROJECT_UPDATE'];

/**
 * The community home (`kind` absent: every kind, with filter chips and the invitation to share) and
 * each kind's listing (`kind` given). Tabs Latest / Trending / Following (signed in) and the filters
 * live in the address, so a view can be linked and the server renders it.
 */
export function CommunityFeedPage({ kind = null }: { kind?: ContributionKind | null }) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { viewer, isLoading: viewerLoading } = useViewer();
  const filter = feedFilterOf(searchParams, kind);
  const listing = kind ? LISTINGS[kind] : null;
  usePageTitle(listing ? listing.title : 'Community');

  const scopes: FeedScope[] = viewer ? ['LATEST', 'TRENDING', 'FOLLOWING'] : ['LATEST', 'TRENDING'];
  const signInNeeded = filter.scope === 'FOLLOWING' && !viewer;
  const feed = useCommunityFeed(filter, { enabled: !signInNeeded });
  const contributions = feed.data?.pages.flatMap((page) => page.communityFeed.nodes) ?? [];
  const what = (kind ? KIND_LABEL[kind].many : 'contributions').toLowerCase();

  const results = signInNeeded ? (
    viewerLoading ? (
      <ContributionGridPlaceholder label="Loading…" />
    ) : (
      <EmptyState
        title="Follow riders to fill this tab"
        description="Log in to see what the members and builds you follow share."
        action={
          <Link to={`/log-in?next=${encodeURIComponent(`/community${feedSearch(searchParams, {})}`)}`} className={buttonClassName()}>
            Log in
          </Link>
        }
      />
    )
  ) : feed.isLoading ? (
    <ContributionGridPlaceholder label={`Loading ${what}…`} />
  ) : feed.error ? (
    <p role="alert">{feed.error.message}</p>
  ) : contributions.length === 0 ? (
    <EmptyState
      title={filter.scope === 'FOLLOWING' ? 'Nothing from the people you follow yet' : filter.tag ? `Nothing tagged #${filter.tag} yet` : `No ${what} yet`}
      description={
        filter.scope === 'FOLLOWING'
          ? 'Follow members and builds from their pages: what they share appears here.'
          : 'Be the first: share what you ride, where and how.'
      }
      action={
        <Link to={listing ? listing.newPath : '/community/builds/new'} className={buttonClassName()}>
          {listing ? listing.share : 'Share a build'}
        </Link>
      }
    />
  ) : (
    <ContributionGrid contributions={contributions} hasMore={feed.hasNextPage} loadingMore={feed.isFetchingNextPage} onLoadMore={() => feed.fetchNextPage()} />
  );

  return (
    <div className="community-feed">
      {listing ? (
        <header className="community-listing-header">
          <Breadcrumbs items={[{ label: 'Community', to: '/community' }, { label: listing.title }]} />
          <div className="community-listing-title">
            <div>
              <h1>{listing.title}</h1>
              <p className="community-lead">{listing.description}</p>
            </div>
            <Link to={listing.newPath} className={buttonClassName()}>
              {listing.share}
            </Link>
          </div>
        </header>
      ) : (
        <section className="community-hero" aria-labelledby="community-title">
          <div className="community-hero-text">
            <p className="community-eyebrow">Community</p>
            <h1 id="community-title">Ride, build, share</h1>
            <p className="community-lead">Builds, routes, repair guides and answers from riders. Share yours: every part and tool links back to the shop.</p>
          </div>
          <ul className="community-share" aria-label="Share something">
            {SHARE_ACTIONS.map((action) => (
              <li key={action.to}>
                <Link to={action.to} className="community-share-link">
                  <span className="community-share-label">{action.label}</span>
                  <span className="community-share-hint">{action.hint}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {!listing && (
        <nav className="community-chips" aria-label="Show one kind">
          <Link to={`/community${feedSearch(searchParams, { kind: null })}`} className="community-chip" aria-current={filter.kind === null ? 'page' : undefined}>
            All
          </Link>
          {CHIP_KINDS.map((k) => (
            <Link key={k} to={`/community${feedSearch(searchParams, { kind: k.toLowerCase() })}`} className="community-chip" aria-current={filter.kind === k ? 'page' : undefined}>
              {KIND_LABEL[k].many}
            </Link>
          ))}
        </nav>
      )}
      {filter.tag && (
        <p className="community-tag-filter">
          Tagged <strong>#{filter.tag}</strong>{' '}
          <Link to={{ search: feedSearch(searchParams, { tag: null }) }} className="community-chip">
            Show all tags
          </Link>
        </p>
      )}

      <Tabs
        label={listing ? `${listing.title}: order` : 'Community feed'}
        value={filter.scope}
        onValueChange={(value) => navigate({ search: feedSearch(searchParams, { sort: SCOPE_PARAM[value as FeedScope] }) }, { preventScrollReset: true })}
        tabs={(scopes.includes(filter.scope) ? scopes : [...scopes, filter.scope]).map((scope) => ({
          value: scope,
          label: SCOPE_LABEL[scope],
          content: scope === filter.scope ? results : null,
        }))}
      />
    </div>
  );
}
