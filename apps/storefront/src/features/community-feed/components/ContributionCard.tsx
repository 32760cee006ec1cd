import type { SVGProps } from 'react';
import { Link } from 'react-router';
import { MemberAvatar } from '@/components/member/MemberAvatar';
import { BadgeList } from '@/components/member/BadgeList';
import { Badge, ResponsiveImage } from '@/components/ui';
import type { CommunityFeedQuery } from '@/gql/graphql';
import { KIND_LABEL, contributionPath } from '@/lib/community';
import { TimeAgo } from './TimeAgo';

export type ContributionCardData = CommunityFeedQuery['communityFeed']['nodes'][number];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function Icon(props: SVGProps<SVGSVGElement>) {
  return <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props} />;
}

/**
 * One contribution in a feed or listing: cover, kind, title, excerpt, author and counts. The title's
 * link covers the card (one Tab stop for it); the author and tags are links of their own above it.
 */
export function ContributionCard({ contribution, headingLevel = 3, priority = false }: { contribution: ContributionCardData; headingLevel?: 2 | 3; priority?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { author, cover, kind } = contribution;
  return (
    <article className={`contribution-card contribution-card-${kind.toLowerCase()}`}>
      {cover && (
        <div className="contribution-card-media">
          <ResponsiveImage image={cover.image} sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw" aspectRatio="4 / 3" priority={priority} decorative />
          <Badge className="contribution-card-kind">{KIND_LABEL[kind].one}</Badge>
        </div>
      )}
      <div className="contribution-card-body">
        {!cover && (
          <p className="contribution-card-kind-line">
            <Badge tone={kind === 'QUESTION' ? 'primary' : 'neutral'}>{KIND_LABEL[kind].one}</Badge>
          </p>
        )}
        <Heading className="contribution-card-title">
          <Link to={contributionPath(kind, contribution.id)} className="contribution-card-link">
            {contribution.title}
          </Link>
        </Heading>
        {contribution.excerpt && <p className="contribution-card-excerpt">{contribution.excerpt}</p>}
        {contribution.tags.length > 0 && (
          <ul className="contribution-card-tags" aria-label="Tags">
            {contribution.tags.slice(0, 3).map((tag) => (
              <li key={tag}>
                <Link to={`/community?tag=${encodeURIComponent(tag)}`}>#{tag}</Link>
              </li>
            ))}
          </ul>
        )}
        <ul className="contribution-card-counts" aria-label="Activity">
          {kind === 'BUILD' && (
            <li title="Supporters">
              <Icon>
                <path d="M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z" />
              </Icon>
              <span className="visually-hidden">{plural(contribution.supportCount, 'supporter', 'supporters')}</span>
              <span aria-hidden="true">{contribution.supportCount}</span>
            </li>
          )}
          <li title="Reactions">
            <Icon>
              <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" />
            </Icon>
            <span className="visually-hidden">{plural(contribution.reactionCount, 'reaction', 'reactions')}</span>
            <span aria-hidden="true">{contribution.reactionCount}</span>
          </li>
          <li title={kind === 'QUESTION' ? 'Answers and comments' : 'Comments'}>
            <Icon>
              <path d="M5 5h14a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H10l-5 4v-4H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z" />
            </Icon>
            <span className="visually-hidden">{plural(contribution.commentCount, 'comment', 'comments')}</span>
            <span aria-hidden="true">{contribution.commentCount}</span>
          </li>
        </ul>
        <div className="contribution-card-footer">
          <MemberAvatar name={author.displayName} url={author.avatarUrl} size="small" />
          <div className="contribution-card-byline">
            <span className="contribution-card-author">
              <Link to={`/members/${author.id}`}>{author.displayName}</Link>
              <BadgeList badges={author.badges} />
            </span>
            {contribution.publishedAt && (
              <span className="contribution-card-time">
                <TimeAgo iso={contribution.publishedAt} />
              </span>
            )}
          </div>
        </div>
      </div>
    </article>
  );
}
