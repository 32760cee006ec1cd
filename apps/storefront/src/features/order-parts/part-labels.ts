import type { BadgeTone } from '@/components/ui';
import type { OrderPartStatus } from '@/gql/graphql';

export const PART_STATUS_LABELS: Record<OrderPartStatus, string> = {
  PENDING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid, to be sent',
  FULFILLED: 'Fulfilled',
  CANCELLED: 'Cancelled by the seller',
  REFUNDED: 'Refunded',
};

export const PART_STATUS_TONES: Record<OrderPartStatus, BadgeTone> = {
  PENDING_PAYMENT: 'warning',
  PAID: 'primary',
  FULFILLED: 'success',
  CANCELLED: 'neutral',
  REFUNDED: 'neutral',
};

/** 1500 → "15 %". */
export function percent(bp: number): string {
  return `${(bp / 100).toLocaleString('en', { maximumFractionDigits: 2 })} %`;
}
