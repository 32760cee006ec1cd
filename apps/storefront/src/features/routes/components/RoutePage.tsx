import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { MemberAvatar } from '@/components/member/MemberAvatar';
import { Badge, Breadcrumbs, ResponsiveImage, Skeleton, buttonClassName } from '@/components/ui';
import { editContributionPath } from '@/lib/community';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { usePageTitle } from '@/lib/page-title';
import { useViewer } from '@/lib/session/session';
import { useRoute } from '../hooks/use-routes';
import { formatDistance, formatDuration } from '../track-geometry';
import { ElevationChart } from './ElevationChart';
import { LogRideForm } from './LogRideForm';
import { RoutePhotoPins } from './RoutePhotoPins';
import { TrackDrawing } from './TrackDrawing';
import '../routes.css';

// In the storefront's language and UTC, so the server's rendering and the browser's agree (decision 0023).
const day = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * A route: its track drawn from what the viewer may see (the author sees all of it; everyone else sees
 * it without the author's privacy zones and hidden ends), elevation profile, stats, the photos pinned
 * along it (numbered on the track), story, photos, leaderboard and, for signed-in members, the ride log.
 */
export function RoutePage({ activity }: { activity?: ReactNode } = {}) {
  const { id = '' } = useParams();
  const query = useRoute(id);
  const { viewer } = useViewer();
  const contribution = query.data?.contribution;
  const route = contribution?.route;
  usePageTitle(contribution ? contribution.title : query.isLoading ? null : 'Route not found');

  if (query.isLoading) {
    return (
      <div aria-busy="true" aria-live="polite" className="route-page">
        <Skeleton width="60%" height="2.5rem" />
        <Skeleton aspectRatio="16 / 9" />
      </div>
    );
  }
  if (!contribution || !route) {
    return (
      <section className="route-page" aria-labelledby="route-missing">
        <h1 id="route-missing">There is no such route</h1>
        <p className="muted">It may have been taken down, or it is still its author’s draft.</p>
        <p>
          <Link className={buttonClassName()} to="/community/routes">
            See all routes
          </Link>
        </p>
      </section>
    );
  }

  const pinPoints = route.photoPins.map((pin) => pin.point);
  const stats = [
    { label: 'Distance', value: formatDistance(route.distanceM) },
    route.elevationGainM !== null && route.elevationGainM !== undefined ? { label: 'Climbing', value: `${Math.round(route.elevationGainM).toLocaleString('en-GB')} m` } : null,
    route.elevationLossM !== null && route.elevationLossM !== undefined ? { label: 'Descent', value: `${Math.round(route.elevationLossM).toLocaleString('en-GB')} m` } : null,
    route.durationS ? { label: 'Recorded time', value: formatDuration(route.durationS) } : null,
  ].filter((stat): stat is { label: string; value: string } => stat !== null);

  return (
    <article className="route-page" aria-labelledby="route-title">
      <Breadcrumbs items={[{ label: 'Community', to: '/community' }, { label: 'Routes', to: '/community/routes' }, { label: contribution.title }]} />
      <header className="route-header">
        <div>
          <p className="route-kicker">
            <Badge>Route</Badge>
            {contribution.status === 'DRAFT' && <Badge tone="warning">Draft</Badge>}
            {contribution.tags.map((tag) => (
              <span key={tag} className="route-tag">
                #{tag}
              </span>
            ))}
          </p>
          <h1 id="route-title">{contribution.title}</h1>
          <p className="route-author">
            <MemberAvatar size="small" name={contribution.author.displayName} url={contribution.author.avatarUrl} />
            <span>
              by <Link to={`/members/${contribution.author.id}`}>{contribution.author.displayName}</Link>
              {contribution.publishedAt && <span className="muted"> · {day(contribution.publishedAt)}</span>}
            </span>
          </p>
        </div>
        <div className="route-actions">
          {contribution.viewerCanEdit && (
            <Link className={buttonClassName({ variant: 'secondary' })} to={editContributionPath('ROUTE', contribution.id)}>
              Edit route
            </Link>
          )}
          <a className={buttonClassName({ variant: 'secondary' })} href={route.gpxUrl} download>
            Download GPX
          </a>
        </div>
      </header>

      <dl className="route-stats">
        {stats.map((stat) => (
          <div key={stat.label}>
            <dt>{stat.label}</dt>
            <dd>{stat.value}</dd>
          </div>
        ))}
      </dl>

      <section aria-label="Track" className="route-map-card">
        {route.polylines.length ? <TrackDrawing polylines={route.polylines} title={contribution.title} pins={pinPoints} /> : <p className="muted">Nothing of this track can be shown.</p>}
        <p className="route-privacy-note muted">
          {route.viewerSeesWholeTrack ? (
            <>
              You see your whole track. Others see it without your <Link to="/account/privacy">privacy zones</Link> and a hidden stretch at its start and end.
            </>
          ) : (
            'Parts near the start, the end and the author’s private places are hidden.'
          )}
        </p>
        <ElevationChart profile={route.elevationProfile} />
      </section>

      <RoutePhotoPins routeId={contribution.id} pins={route.photoPins} distanceM={route.distanceM} canEdit={route.viewerSeesWholeTrack && contribution.viewerCanEdit} />

      <div className="route-columns">
        <div>
          <MarkdownBody html={contribution.bodyHtml} />
          {contribution.photos.length > 0 && (
            <ul className="route-photos" aria-label="Photos">
              {contribution.photos.map((photo) => (
                <li key={photo.id}>
                  <ResponsiveImage image={photo.image} sizes="(max-width: 48rem) 100vw, 24rem" />
                  {photo.caption && <p className="muted">{photo.caption}</p>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <aside className="route-leaderboard" aria-labelledby="leaderboard-title">
          <h2 id="leaderboard-title">Leaderboard</h2>
          {route.leaderboard.length === 0 ? (
            <p className="muted">No rides logged yet. Be the first!</p>
          ) : (
            <ol>
              {route.leaderboard.map((entry) => (
                <li key={entry.member.id}>
                  <span className="route-rank" aria-label={`Place ${entry.rank}`}>
                    {entry.rank}
                  </span>
                  <span className="route-rider">
                    <Link to={`/members/${entry.member.id}`}>{entry.member.displayName}</Link>
                    <span className="muted">
                      {day(entry.riddenOn)} · {entry.rides} {entry.rides === 1 ? 'ride' : 'rides'}
                    </span>
                  </span>
                  <span className="route-time">{formatDuration(entry.durationS)}</span>
                </li>
              ))}
            </ol>
          )}
          {contribution.status === 'PUBLISHED' &&
            (viewer ? (
              <LogRideForm routeId={contribution.id} />
            ) : (
              <p>
                <Link to={`/log-in?next=${encodeURIComponent(`/community/routes/${contribution.id}`)}`}>Log in</Link> to log your ride.
              </p>
            ))}
        </aside>
      </div>
      {contribution.status === 'PUBLISHED' && activity}
    </article>
  );
}
