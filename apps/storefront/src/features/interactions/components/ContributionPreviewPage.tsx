import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { MemberAvatar } from '@/components/member/MemberAvatar';
import { Badge, Button } from '@/components/ui';
import { contributionPath, KIND_LABEL } from '@/lib/community';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { usePageTitle } from '@/lib/page-title';
import { interactionQueries } from '../queries';
import { ContributionActivity } from './ContributionActivity';

const posted = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * Any contribution by id, with its reactions and comments: the shared part only (title, author,
 * story), with a link to its kind's own page. A fallback for links to a contribution of any kind.
 */
export function ContributionPreviewPage() {
  const { id = '' } = useParams();
  const query = useQuery(interactionQueries.preview(id));
  const contribution = query.data?.contribution;
  usePageTitle(contribution ? contribution.title : query.isLoading ? null : 'Not found');
  if (query.isLoading) return <p aria-live="polite">Loading…</p>;
  if (!contribution) {
    return (
      <section aria-labelledby="contribution-missing">
        <h1 id="contribution-missing">This cannot be shown</h1>
        <p role="alert">{query.error?.message ?? 'It may be a draft, or it was removed.'}</p>
        <p>
          <Link to="/community">Back to the community</Link>
        </p>
      </section>
    );
  }
  return (
    <article className="contribution-preview" aria-labelledby="contribution-title">
      <header className="page-header">
        <div>
          <p className="eyebrow">
            <Badge>{KIND_LABEL[contribution.kind].one}</Badge>
          </p>
          <h1 id="contribution-title">{contribution.title}</h1>
          <p className="contribution-preview-byline">
            <MemberAvatar name={contribution.author.displayName} url={contribution.author.avatarUrl} size="small" />
            <Link to={`/members/${contribution.author.id}`}>{contribution.author.displayName}</Link>
            {contribution.publishedAt && <span className="muted"> · {posted(contribution.publishedAt)}</span>}
          </p>
        </div>
        <Button variant="secondary" asChild>
          <Link to={contributionPath(contribution.kind, contribution.id)}>Open the {KIND_LABEL[contribution.kind].one.toLowerCase()}</Link>
        </Button>
      </header>
      <MarkdownBody html={contribution.bodyHtml} />
      <ContributionActivity contributionId={contribution.id} initialCounts={contribution} />
    </article>
  );
}
