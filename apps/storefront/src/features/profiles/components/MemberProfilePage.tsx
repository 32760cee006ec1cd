import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { BadgeList } from '@/components/member/BadgeList';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { MemberAvatar } from '@/components/member/MemberAvatar';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { usePageTitle } from '@/lib/page-title';
import { useMemberProfile } from '../hooks/use-profiles';
import '../profiles.css';

// In the storefront's language and UTC, so the server's rendering and the browser's agree (decision 0023).
const joined = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'long', timeZone: 'UTC' });
const posted = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * What everyone sees of a member: name, badges, bio, when they joined and their reviews. Never an email.
 * `contributions` is what they shared in the community, given by the route module (another feature).
 */
export function MemberProfilePage({
  contributions,
  follow,
}: {
  contributions?: (member: { id: string; displayName: string }) => ReactNode;
  /** The follow button (another feature's, placed by the route module). */
  follow?: (member: { id: string }) => ReactNode;
}) {
  const { id = '' } = useParams();
  const profile = useMemberProfile(id);
  const member = profile.data?.pages[0]?.member;
  const reviews = profile.data?.pages.flatMap((page) => page.member?.reviews.nodes ?? []) ?? [];
  usePageTitle(member ? member.displayName : profile.isLoading ? null : 'Member not found');

  if (profile.isLoading) return <p aria-live="polite">Loading the profile…</p>;
  if (profile.error) {
    return (
      <section aria-labelledby="profile-missing">
        <h1 id="profile-missing">This profile cannot be shown</h1>
        <p role="alert">{profile.error.message}</p>
      </section>
    );
  }
  if (!member) {
    return (
      <section aria-labelledby="profile-missing">
        <h1 id="profile-missing">There is no such member</h1>
        <p>
          <Link to="/shop">Back to the shop</Link>
        </p>
      </section>
    );
  }

  return (
    <article className="member-profile" aria-labelledby="profile-name">
      <header className="member-profile-header">
        <MemberAvatar name={member.displayName} url={member.avatarUrl} />
        <div>
          <h1 id="profile-name">{member.displayName}</h1>
          <BadgeList badges={member.badges} />
          <p className="muted">Member since {joined(member.joinedAt)}</p>
        </div>
        {follow?.(member)}
      </header>
      {member.bioHtml ? <MarkdownBody className="member-bio" html={member.bioHtml} /> : <p className="muted">No bio yet.</p>}

      {contributions?.(member)}

      <section aria-labelledby="profile-reviews" className="member-reviews">
        <h2 id="profile-reviews">Reviews</h2>
        {reviews.length === 0 ? (
          <p className="muted">{member.displayName} has not reviewed anything yet.</p>
        ) : (
          <ul>
            {reviews.map((review) => (
              <li key={review.id}>
                <p className="member-review-product">
                  {review.product ? <Link to={`/products/${review.product.slug}`}>{review.product.name}</Link> : 'A product no longer in the shop'}
                </p>
                <p className="rating">
                  <span aria-hidden="true">{'★'.repeat(review.rating).padEnd(5, '☆')}</span> {review.rating} out of 5
                </p>
                <p>{review.body}</p>
                <p className="muted">
                  {posted(review.createdAt)}
                  {review.verifiedPurchase && ', verified purchase'}
                </p>
              </li>
            ))}
          </ul>
        )}
        {profile.hasNextPage && (
          <button type="button" className="button-secondary" onClick={() => profile.fetchNextPage()} disabled={profile.isFetchingNextPage}>
            {profile.isFetchingNextPage ? 'Loading…' : 'Show more reviews'}
          </button>
        )}
      </section>
    </article>
  );
}
