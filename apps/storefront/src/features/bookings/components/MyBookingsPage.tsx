import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui';
import { usePageTitle } from '@/lib/page-title';
import { bookingQueries } from '../queries';
import { formatDateTime } from '../time';
import { BookingCard } from './BookingCard';
import { CancelBookingButton } from './CancelBookingButton';
import { ReviewDialog } from './ReviewDialog';
import '../bookings.css';

/** The signed-in rider's bookings: upcoming and past, cancel with the policy explained, review after completion. */
export function MyBookingsPage() {
  usePageTitle('Your bookings');
  const bookings = useQuery(bookingQueries.mine());
  const [now] = useState(() => Date.now());
  const all = (bookings.data ?? []).filter((b) => b.status !== 'HELD' && b.status !== 'EXPIRED');
  const upcoming = all.filter((b) => new Date(b.endsAt).getTime() >= now && b.status !== 'CANCELLED').reverse();
  const past = all.filter((b) => !upcoming.includes(b));
  return (
    <section aria-labelledby="bookings-title" className="bookings-page">
      <header className="bookings-header">
        <div>
          <h1 id="bookings-title">Your bookings</h1>
          <p className="bookings-sub">Bike fits and workshop services you booked with our partners: cancel one in time for a full refund, and review it afterwards.</p>
        </div>
      </header>
      {bookings.isLoading && <p aria-live="polite">Loading your bookings…</p>}
      {bookings.error && <p role="alert">{bookings.error.message}</p>}
      {bookings.data && all.length === 0 && <EmptyState title="No bookings yet" description="Book a bike fit or a workshop service from our partners." action={<Link to="/services">See services</Link>} />}
      {all.length > 0 && upcoming.length === 0 && (
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">Upcoming</h2>
          <p className="bookings-sub">
            Nothing coming up. <Link to="/services">Book a fit or a service</Link>
          </p>
        </section>
      )}
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">Upcoming</h2>
          <ul className="booking-list">
            {upcoming.map((booking) => (
              <li key={booking.id}>
                <BookingCard
                  booking={booking}
                  who={booking.vendor ? `with ${booking.vendor.name}` : ''}
                  actions={
                    (booking.status === 'PAID' || booking.status === 'CONFIRMED') && (
                      <CancelBookingButton
                        bookingId={booking.id}
                        policy={
                          new Date(booking.refundableUntil).getTime() > now
                            ? `You get a full refund if you cancel before ${formatDateTime(booking.refundableUntil, booking.service?.timeZone ?? 'UTC')}.`
                            : 'It starts too soon to cancel with a refund: please contact the vendor instead.'
                        }
                      />
                    )
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="past-title">
          <h2 id="past-title">Past and cancelled</h2>
          <ul className="booking-list">
            {past.map((booking) => (
              <li key={booking.id}>
                <BookingCard
                  booking={booking}
                  who={booking.vendor ? `with ${booking.vendor.name}` : ''}
                  actions={booking.status === 'COMPLETED' && !booking.reviews.some((r) => r.authorSide === 'BUYER') && <ReviewDialog bookingId={booking.id} about={booking.vendor?.name ?? 'the vendor'} />}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
