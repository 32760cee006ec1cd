import type { DashboardPeriod, ListingStatus, OrderPartStatus, SellerKind } from '@/gql/graphql';
import type { BadgeTone } from '@/components/ui';

export const PERIODS: readonly { value: DashboardPeriod; label: string; short: string }[] = [
  { value: 'LAST_30_DAYS', label: 'Last 30 days', short: '30 days' },
  { value: 'LAST_90_DAYS', label: 'Last 90 days', short: '90 days' },
  { value: 'LAST_365_DAYS', label: 'Last 12 months', short: '12 months' },
];

/** The period in the address (`?period=LAST_90_DAYS`), or the last 30 days. */
export function periodFrom(value: string | null): DashboardPeriod {
  return PERIODS.find((period) => period.value === value)?.value ?? 'LAST_30_DAYS';
}

export const LISTING_STATUS: Record<ListingStatus, { label: string; tone: BadgeTone }> = {
  APPROVED: { label: 'On sale', tone: 'success' },
  PENDING_REVIEW: { label: 'In review', tone: 'warning' },
  REJECTED: { label: 'Rejected', tone: 'danger' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'neutral' },
  BLOCKED: { label: 'Blocked', tone: 'danger' },
};

export const PART_STATUS: Record<OrderPartStatus, { label: string; tone: BadgeTone }> = {
  PENDING_PAYMENT: { label: 'Awaiting payment', tone: 'neutral' },
  PAID: { label: 'To fulfil', tone: 'warning' },
  FULFILLED: { label: 'Fulfilled', tone: 'success' },
  CANCELLED: { label: 'Cancelled', tone: 'neutral' },
  REFUNDED: { label: 'Refunded', tone: 'neutral' },
};

export const SELLER_KIND: Record<SellerKind, string> = {
  BRAND: 'The brand',
  VENDOR: 'Vendors',
  MEMBER: 'Members (used items)',
};

/** "4.6 out of 5" with one decimal, or null without ratings. */
export function ratingText(average: number | null, count: number): string | null {
  if (average === null || count === 0) return null;
  return `${average.toFixed(1)} out of 5`;
}

/** "1 customer", "3 customers". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The share of new customers among the period's customers, as a whole percentage, or null with none. */
export function newShare(newCustomers: number, customers: number): number | null {
  return customers > 0 ? Math.round((newCustomers / customers) * 100) : null;
}
