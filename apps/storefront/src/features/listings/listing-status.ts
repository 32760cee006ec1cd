import type { BadgeTone } from '@/components/ui';
import type { ListingStatus } from '@/gql/graphql';

export interface ListingState {
  status: ListingStatus;
  reviewReason: string | null;
  pendingRevision: { title: string | null; priceMinor: number | null } | null;
}

/** What a listing's badge says, in words (the tone repeats it in colour), and the line under it. */
export function listingBadge(listing: ListingState): { label: string; tone: BadgeTone; detail: string | null } {
  switch (listing.status) {
    case 'PENDING_REVIEW':
      return { label: 'Pending review', tone: 'warning', detail: 'A brand manager checks it before it is shown in the shop.' };
    case 'APPROVED':
      if (listing.pendingRevision) return { label: 'Changes pending review', tone: 'primary', detail: 'Live as approved; your new title or price applies once a brand manager approves it.' };
      return { label: 'Live', tone: 'success', detail: listing.reviewReason ? `Your last change was declined: ${listing.reviewReason}` : null };
    case 'REJECTED':
      return { label: 'Rejected', tone: 'danger', detail: listing.reviewReason ? `Reason: ${listing.reviewReason}` : null };
    case 'BLOCKED':
      return { label: 'Blocked', tone: 'danger', detail: listing.reviewReason };
    default:
      return { label: 'Withdrawn', tone: 'neutral', detail: 'Off sale.' };
  }
}

/** The fields of a revision that differ from the version on sale, for a before/after view. */
export function revisionChanges(
  current: { name: string; priceMinor: number | null },
  revision: { title: string | null; priceMinor: number | null } | null,
): { field: 'Title' | 'Price'; before: string | number | null; after: string | number }[] {
  if (!revision) return [];
  const changes: { field: 'Title' | 'Price'; before: string | number | null; after: string | number }[] = [];
  if (revision.title !== null && revision.title !== current.name) changes.push({ field: 'Title', before: current.name, after: revision.title });
  if (revision.priceMinor !== null && revision.priceMinor !== current.priceMinor) changes.push({ field: 'Price', before: current.priceMinor, after: revision.priceMinor });
  return changes;
}
