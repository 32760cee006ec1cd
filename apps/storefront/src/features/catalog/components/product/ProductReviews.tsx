import { lazy, Suspense, useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { MemberName } from '@/components/member/MemberName';
import type { ProductQuery, ReviewEligibility } from '@/gql/graphql';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { Stars } from '../Rating';

type Product = NonNullable<ProductQuery['product']>;

// In the storefront's language and UTC, so the server and the browser write the same (decision 0023).
const reviewDate = new Intl.DateTimeFormat(STOREFRONT_LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });

// The form (with react-hook-form and zod) loads only for a viewer who may review: shoppers browsing do not pay for it.
const ReviewForm = lazy(() => import('./ReviewForm'));

const noChange = () => () => {};
/**
 * False on the server and while the page hydrates, true after: the review form is drawn in the browser
 * only, so nobody can type into (or submit) a form that is not yet live.
 */
const useInBrowser = () => useSyncExternalStore(noChange, () => true, () => false);

/** The product's reviews, newest first, and what the viewer can do: review it, or why not. */
export function ProductReviews({ product }: { product: Product }) {
  const { nodes, pageInfo } = product.reviews;
  return (
    <section id="reviews" className="product-section product-reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">Reviews</h2>
      {product.ratingCount > 0 ? (
        <p className="reviews-summary">
          <Stars average={product.ratingAverage} />
          <span>
            {Math.round(product.ratingAverage * 10) / 10} out of 5, from {product.ratingCount} {product.ratingCount === 1 ? 'review' : 'reviews'}
          </span>
        </p>
      ) : (
        <p className="muted">No reviews yet.</p>
      )}
      <ReviewInvitation eligibility={product.reviewEligibility} productId={product.id} productName={product.name} />
      {nodes.length > 0 && (
        <ul className="review-list">
          {nodes.map((review) => (
            <li key={review.id}>
              <p className="review-rating">
                <Stars average={review.rating} />
                <span className="visually-hidden">{review.rating} out of 5</span>
              </p>
              <p className="review-body">{review.body}</p>
              <p className="review-author">
                <MemberName member={review.author} />
                <span className="muted">
                  <time dateTime={review.createdAt}>{reviewDate.format(new Date(review.createdAt))}</time>
                  {review.verifiedPurchase && ' · Verified purchase'}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {pageInfo.hasNextPage && <p className="muted">The latest {nodes.length} of {product.ratingCount} reviews.</p>}
    </section>
  );
}

function ReviewInvitation({ eligibility, productId, productName }: { eligibility: ReviewEligibility; productId: string; productName: string }) {
  const { pathname } = useLocation();
  const inBrowser = useInBrowser();
  switch (eligibility) {
    case 'CAN_REVIEW': {
      const loading = <p className="muted review-form-loading">Loading the review form…</p>;
      return inBrowser ? (
        <Suspense fallback={loading}>
          <ReviewForm productId={productId} productName={productName} />
        </Suspense>
      ) : (
        loading
      );
    }
    case 'SIGN_IN_REQUIRED':
      return (
        <p className="review-note">
          Reviews come from people who bought here. <Link to={`/log-in?next=${encodeURIComponent(pathname)}`}>Log in</Link> to review what you bought.
        </p>
      );
    case 'PURCHASE_REQUIRED':
      return <p className="review-note">Reviews come from people who bought here: you can review it once your order of it is paid.</p>;
    case 'ALREADY_REVIEWED':
      return <p className="review-note">You have reviewed this product. Thank you!</p>;
    case 'NOT_FOR_SALE':
      return null;
  }
}
