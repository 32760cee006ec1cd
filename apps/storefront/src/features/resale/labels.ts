import type { ClaimReason, ListingStatus, UsedItemCondition, UsedItemKind, UsedSaleStage } from '@/gql/graphql';
import type { BadgeTone } from '@/components/ui';

export const CONDITION_LABELS: Record<UsedItemCondition, string> = {
  NEW_WITH_TAGS: 'New with tags',
  LIKE_NEW: 'Like new',
  GOOD: 'Good',
  FAIR: 'Fair',
  FOR_PARTS: 'For parts',
};

export const KIND_LABELS: Record<UsedItemKind, string> = { BIKE: 'Bike', PART: 'Part', OTHER: 'Other' };

export const STAGE_LABELS: Record<UsedSaleStage, string> = {
  PAID: 'Paid: ship it',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered: claim window open',
  RELEASED: 'Settled: money released',
  CLAIMED: 'Under a claim',
  REFUNDED: 'Refunded to the buyer',
};

export const STAGE_TONES: Record<UsedSaleStage, BadgeTone> = {
  PAID: 'warning',
  SHIPPED: 'primary',
  DELIVERED: 'primary',
  RELEASED: 'success',
  CLAIMED: 'danger',
  REFUNDED: 'neutral',
};

export const LISTING_LABELS: Record<ListingStatus, string> = {
  PENDING_REVIEW: 'Waiting for review',
  APPROVED: 'For sale',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
  BLOCKED: 'Blocked: serial reported stolen',
};

export const CLAIM_REASON_LABELS: Record<ClaimReason, string> = {
  NOT_RECEIVED: 'It never arrived',
  NOT_AS_DESCRIBED: 'Not as described',
  DAMAGED: 'Arrived damaged',
  OTHER: 'Something else',
};
