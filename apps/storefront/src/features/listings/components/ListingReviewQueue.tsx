import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { TextAreaField } from '@/components/form/TextAreaField';
import { Badge, Button, ConfirmDialog, EmptyState, ImagePlaceholder, ResponsiveImage, toast } from '@/components/ui';
import type { SellerListingsQuery } from '@/gql/graphql';

type ListingCardFieldsFragment = SellerListingsQuery['sellerListings']['nodes'][number];
import { request } from '@/lib/graphql-client';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { ApproveListingMutation, ApproveListingRevisionMutation, DeclineListingRevisionMutation, RejectListingMutation } from '../graphql/listings';
import { revisionChanges } from '../listing-status';
import { listingQueries } from '../queries';
import '../listings.css';

const day = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The brand manager's review of vendors' new listings and of changes to live ones (`/manage/listings`), the longest waiting first. */
export function ListingReviewQueue() {
  usePageTitle('Listing review');
  const query = useQuery(listingQueries.reviewQueue());
  if (query.isLoading) return <p aria-live="polite">Loading the review queue…</p>;
  if (query.error || !query.data) return <p role="alert">{query.error?.message ?? 'The review queue cannot be shown.'}</p>;
  const queue = query.data.listingReviewQueue.nodes;
  return (
    <section className="listings-page" aria-labelledby="listing-review-title">
      <h1 id="listing-review-title">Listing review</h1>
      <p className="muted">What vendors want to sell, and changes of title or price to what they sell already, the longest waiting first. Nothing here is shown to shoppers until you approve it; a live listing stays on sale as approved meanwhile.</p>
      {queue.length === 0 ? (
        <EmptyState title="Nothing waiting" description="New listings and changes to live ones appear here." />
      ) : (
        <ul className="review-queue">
          {queue.map((listing) => (
            <ReviewItem key={listing.productId} listing={listing} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewItem({ listing }: { listing: ListingCardFieldsFragment }) {
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const product = listing.product;
  const revision = listing.status === 'APPROVED' && listing.pendingRevision;
  const currency = product.priceFrom?.currency ?? 'EUR';
  const prices = [...new Set(product.variants.map((variant) => variant.price.amountMinor))];
  const refresh = () => client.invalidateQueries({ queryKey: listingQueries.all });
  const approve = useMutation({
    mutationFn: async (): Promise<void> => {
      if (revision) await request(ApproveListingRevisionMutation, { productId: listing.productId });
      else await request(ApproveListingMutation, { productId: listing.productId });
    },
    onSuccess: async () => {
      toast.success(revision ? `The change to “${product.name}” is live` : `“${product.name}” is on sale`);
      await refresh();
    },
  });
  const reject = useMutation({
    mutationFn: async (): Promise<void> => {
      if (revision) await request(DeclineListingRevisionMutation, { productId: listing.productId, reason: reason.trim() });
      else await request(RejectListingMutation, { productId: listing.productId, reason: reason.trim() });
    },
    onSuccess: async () => {
      toast.success(revision ? 'Change declined: the vendor sees your reason' : 'Rejected: the vendor sees your reason');
      setReason('');
      await refresh();
    },
  });
  const changes = revision ? revisionChanges({ name: product.name, priceMinor: prices.length === 1 ? prices[0]! : null }, revision) : [];
  const money = (amountMinor: number | string | null) => (typeof amountMinor === 'number' ? formatMoney({ amountMinor, currency }) : 'several prices');
  const waitingSince = revision ? (listing.pendingRevision?.submittedAt ?? listing.submittedAt) : listing.submittedAt;

  return (
    <li className="review-item">
      <div className="review-photos">
        {product.images.length === 0 ? (
          <ImagePlaceholder aspectRatio="4 / 3" />
        ) : (
          product.images.slice(0, 3).map((image) => <ResponsiveImage key={image.id} image={image} sizes="(max-width: 40rem) 30vw, 9rem" aspectRatio="4 / 3" />)
        )}
      </div>
      <div className="review-main">
        <p className="listing-card-status">
          <Badge tone={revision ? 'primary' : 'warning'}>{revision ? 'Change to a live listing' : 'New listing'}</Badge>
          <span className="muted">
            {listing.sellerName} · waiting since {day(waitingSince)}
          </span>
        </p>
        <h2 className="listing-card-title">{product.name}</h2>
        {revision ? (
          <table className="review-diff">
            <caption className="visually-hidden">What changes in “{product.name}”</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">On sale now</th>
                <th scope="col">Proposed</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{change.field}</th>
                  <td>
                    <del>{change.field === 'Price' ? money(change.before) : change.before}</del>
                  </td>
                  <td>
                    <ins>{change.field === 'Price' ? money(change.after) : change.after}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <>
            <ul className="review-variants">
              {product.variants.map((variant) => (
                <li key={variant.id}>
                  {variant.name}: <strong>{formatMoney(variant.price)}</strong> · {variant.stock} in stock
                </li>
              ))}
            </ul>
            <p className="review-description">{product.description}</p>
          </>
        )}
      </div>
      <div className="review-actions">
        <ConfirmDialog
          trigger={<Button aria-label={`Approve “${product.name}”`}>Approve</Button>}
          title={revision ? `Approve the change to “${product.name}”?` : `Approve “${product.name}”?`}
          description={revision ? 'The new title and price apply to the product and every variant at once.' : 'It goes on sale in the shop at once.'}
          confirmLabel="Approve"
          pendingLabel="Approving…"
          onConfirm={() => approve.mutateAsync()}
        />
        <ConfirmDialog
          trigger={
            <Button variant="secondary" aria-label={`${revision ? 'Decline the change to' : 'Reject'} “${product.name}”`}>
              {revision ? 'Decline' : 'Reject'}
            </Button>
          }
          title={revision ? `Decline the change to “${product.name}”?` : `Reject “${product.name}”?`}
          description={revision ? 'The approved version stays on sale; the vendor reads your reason.' : 'It stays hidden; the vendor reads your reason and may change it and send it again.'}
          confirmLabel={revision ? 'Decline change' : 'Reject listing'}
          pendingLabel="Sending…"
          tone="danger"
          onConfirm={() => {
            if (!reason.trim()) throw new Error('Tell the vendor why, so they can fix it');
            return reject.mutateAsync();
          }}
        >
          <TextAreaField label="Reason for the vendor" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required />
        </ConfirmDialog>
      </div>
    </li>
  );
}
