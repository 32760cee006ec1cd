import type { BadgeTone } from '@/components/ui';
import type { OrderStatus, RefundStatus } from '@/gql/graphql';

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  FULFILLED: 'Fulfilled',
  PARTIALLY_REFUNDED: 'Partly refunded',
  REFUNDED: 'Refunded',
  CANCELLED: 'Cancelled',
};

/** The colour a status badge repeats its words in: what needs doing (paid, waiting) stands out. */
export const ORDER_STATUS_TONES: Record<OrderStatus, BadgeTone> = {
  PENDING_PAYMENT: 'warning',
  PAID: 'primary',
  FULFILLED: 'success',
  PARTIALLY_REFUNDED: 'warning',
  REFUNDED: 'neutral',
  CANCELLED: 'danger',
};

export const REFUND_STATUS_LABELS: Record<RefundStatus, string> = {
  PENDING: 'In progress',
  SUCCEEDED: 'Refunded',
  FAILED: 'Declined',
};

export const REFUND_STATUS_TONES: Record<RefundStatus, BadgeTone> = {
  PENDING: 'warning',
  SUCCEEDED: 'success',
  FAILED: 'danger',
};

/** "12 Dec 2026, 14:05" in the viewer's language. */
export const formatDateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "12 Dec 2026" in the viewer's language. */
export const formatDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
