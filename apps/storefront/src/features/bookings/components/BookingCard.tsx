import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge, type BadgeTone } from '@/components/ui';
import { formatMoney } from '@/lib/money';
import type { BookingData } from '../queries';
import { formatDateTime, viewerTimeZone, zonesDiffer } from '../time';

const STATUS: Record<BookingData['status'], { label: string; tone: BadgeTone }> = {
  HELD: { label: 'Held, not paid', tone: 'warning' },
  EXPIRED: { label: 'Hold expired', tone: 'neutral' },
  PAID: { label: 'Paid, awaiting confirmation', tone: 'primary' },
  CONFIRMED: { label: 'Confirmed', tone: 'success' },
  COMPLETED: { label: 'Completed', tone: 'success' },
  CANCELLED: { label: 'Cancelled', tone: 'danger' },
};

/** One booking: what, when (vendor's zone, and the viewer's when it differs), where, status, and the actions given. */
export function BookingCard({ booking, who, actions }: { booking: BookingData; who: string; actions?: ReactNode }) {
  const zone = booking.service?.timeZone ?? 'UTC';
  const mine = viewerTimeZone();
  const status = STATUS[booking.status];
  const [now] = useState(() => Date.now());
  const past = new Date(booking.endsAt).getTime() < now;
  return (
    <article className="booking-card" aria-labelledby={`booking-${booking.id}`}>
      <div className="booking-card-head">
        <h3 id={`booking-${booking.id}`}>{booking.product ? <Link to={`/services/${booking.product.slug}`}>{booking.product.name}</Link> : 'Service'}</h3>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="booking-when">
        <time dateTime={booking.startsAt}>{formatDateTime(booking.startsAt, zone)}</time>
        {zonesDiffer(zone, mine) && <span className="booking-when-mine"> ({formatDateTime(booking.startsAt, mine)} your time)</span>}
      </p>
      <p className="booking-meta">
        {who}
        {booking.service?.mode === 'IN_PERSON' && booking.service.location && <> · {booking.service.location}</>}
        {booking.service?.mode === 'ONLINE' && (booking.meetingUrl ? <> · <a href={booking.meetingUrl}>Join online</a></> : <> · Online</>)}
        {booking.amountMinor != null && booking.currency && <> · {formatMoney({ amountMinor: booking.amountMinor, currency: booking.currency })}</>}
        {booking.refundedMinor > 0 && booking.currency && <> · refunded {formatMoney({ amountMinor: booking.refundedMinor, currency: booking.currency })}</>}
        {past && booking.status !== 'COMPLETED' && booking.status !== 'CANCELLED' && <> · took place</>}
      </p>
      {booking.cancelReason && <p className="booking-meta">Reason: {booking.cancelReason}</p>}
      {booking.reviews.length > 0 && (
        <ul className="booking-reviews" aria-label="Reviews">
          {booking.reviews.map((review) => (
            <li key={review.authorSide}>
              <strong>{review.authorSide === 'BUYER' ? 'Rider' : 'Vendor'}: {review.rating} of 5</strong> {review.text && <span>“{review.text}”</span>}
            </li>
          ))}
        </ul>
      )}
      {actions && <div className="booking-actions">{actions}</div>}
    </article>
  );
}
