import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, EmptyState, toast } from '@/components/ui';
import type { VendorServicesQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import { AddServiceSlotsMutation, CompleteBookingMutation, ConfirmBookingMutation, RemoveServiceSlotMutation } from '../graphql/bookings';
import { bookingQueries } from '../queries';
import { formatDay, formatTime, zonedInstant } from '../time';
import { BookingCard } from './BookingCard';
import { CancelBookingButton } from './CancelBookingButton';
import { ReviewDialog } from './ReviewDialog';
import '../bookings.css';

/** The vendor's bookings (confirm, complete, cancel, review the rider) and the slots of each of its services. */
export function VendorBookingsPage({ vendor }: { vendor: { id: string; name: string } }) {
  usePageTitle('Bookings');
  const bookings = useQuery(bookingQueries.vendor(vendor.id));
  const services = useQuery(bookingQueries.vendorServices(vendor.id));
  const queryClient = useQueryClient();
  const [now] = useState(() => Date.now());
  const refresh = () => queryClient.invalidateQueries({ queryKey: bookingQueries.all });
  const confirm = useMutation({ mutationFn: (id: string) => request(ConfirmBookingMutation, { id }), onSuccess: async () => (toast.success('Booking confirmed'), refresh()) });
  const complete = useMutation({
    mutationFn: (id: string) => request(CompleteBookingMutation, { id }),
    onSuccess: async () => (toast.success('Marked as completed'), refresh()),
    onError: (error) => toast.error('Could not complete it', { description: error.message }),
  });
  const list = bookings.data ?? [];
  const open = list.filter((b) => b.status === 'PAID' || b.status === 'CONFIRMED');
  const done = list.filter((b) => !open.includes(b)).reverse();
  return (
    <section aria-labelledby="vendor-bookings-title" className="bookings-page">
      <header className="bookings-header">
        <div>
          <h1 id="vendor-bookings-title">Bookings</h1>
          <p className="bookings-sub">{vendor.name}: riders’ bookings of your services, and the times you offer them.</p>
        </div>
        <Button asChild variant="secondary">
          <Link to="/vendor/services/new">List a service</Link>
        </Button>
      </header>
      {bookings.error && <p role="alert">{bookings.error.message}</p>}
      <section aria-labelledby="open-title">
        <h2 id="open-title">Upcoming</h2>
        {bookings.isLoading && <p aria-live="polite">Loading bookings…</p>}
        {bookings.data && open.length === 0 && <p className="bookings-sub">No upcoming bookings. Riders book the open times of your services, listed below.</p>}
        <ul className="booking-list">
          {open.map((booking) => (
            <li key={booking.id}>
              <BookingCard
                booking={booking}
                who={`Rider: ${booking.buyerName}`}
                actions={
                  <>
                    {booking.status === 'PAID' && (
                      <Button variant="primary" size="sm" pending={confirm.isPending && confirm.variables === booking.id} onClick={() => confirm.mutate(booking.id)}>
                        Confirm
                      </Button>
                    )}
                    {new Date(booking.startsAt).getTime() <= now && (
                      <Button variant="secondary" size="sm" pending={complete.isPending && complete.variables === booking.id} onClick={() => complete.mutate(booking.id)}>
                        Mark completed
                      </Button>
                    )}
                    <CancelBookingButton bookingId={booking.id} policy="The rider gets a full refund and the time opens again." />
                  </>
                }
              />
            </li>
          ))}
        </ul>
      </section>
      {done.length > 0 && (
        <section aria-labelledby="done-title">
          <h2 id="done-title">Completed and cancelled</h2>
          <ul className="booking-list">
            {done.map((booking) => (
              <li key={booking.id}>
                <BookingCard
                  booking={booking}
                  who={`Rider: ${booking.buyerName}`}
                  actions={booking.status === 'COMPLETED' && !booking.reviews.some((r) => r.authorSide === 'VENDOR') && <ReviewDialog bookingId={booking.id} about={booking.buyerName} />}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="slots-title">
        <h2 id="slots-title">Your services and their times</h2>
        {services.data && services.data.length === 0 && <EmptyState title="No services yet" description="List a service to open times for riders." headingLevel={3} />}
        {services.data?.map((service) => <ServiceSlots key={service.productId} service={service} onChange={refresh} />)}
      </section>
    </section>
  );
}

type VendorService = VendorServicesQuery['vendorServices'][number];

function ServiceSlots({ service, onChange }: { service: VendorService; onChange: () => Promise<void> }) {
  const [local, setLocal] = useState('');
  const [shown, setShown] = useState(8);
  const add = useMutation({
    mutationFn: () => request(AddServiceSlotsMutation, { input: { productId: service.productId, slots: [{ startsAt: zonedInstant(local, service.timeZone).toISOString() }] } }),
    onSuccess: async () => {
      setLocal('');
      toast.success('Time added');
      await onChange();
    },
  });
  const remove = useMutation({
    mutationFn: (slotId: string) => request(RemoveServiceSlotMutation, { slotId }),
    onSuccess: async () => (toast.success('Time removed'), onChange()),
    onError: (error) => toast.error('Could not remove it', { description: error.message }),
  });
  const name = service.product?.name ?? 'Service';
  return (
    <article className="vendor-service" aria-labelledby={`service-${service.productId}`}>
      <div className="booking-card-head">
        <h3 id={`service-${service.productId}`}>{name}</h3>
        <Badge tone={service.product?.status === 'PUBLISHED' ? 'success' : 'warning'}>{service.product?.status === 'PUBLISHED' ? 'On sale' : 'In review'}</Badge>
      </div>
      <p className="bookings-sub">Times in {service.timeZone}</p>
      {service.vendorSlots.length === 0 ? (
        <p className="bookings-sub">No open times.</p>
      ) : (
        <ul className="vendor-slots">
          {service.vendorSlots.slice(0, shown).map((slot) => (
            <li key={slot.id}>
              <span>
                {formatDay(slot.startsAt, service.timeZone)} {formatTime(slot.startsAt, service.timeZone)}–{formatTime(slot.endsAt, service.timeZone)}
              </span>
              <span className="bookings-sub">{slot.seatsLeft === slot.capacity ? 'open' : `${slot.capacity - slot.seatsLeft} of ${slot.capacity} booked`}</span>
              {slot.seatsLeft === slot.capacity && (
                <Button variant="ghost" size="sm" onClick={() => remove.mutate(slot.id)}>
                  Remove<span className="visually-hidden"> the time {formatDay(slot.startsAt, service.timeZone)} {formatTime(slot.startsAt, service.timeZone)}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {service.vendorSlots.length > shown && (
        <Button variant="ghost" size="sm" onClick={() => setShown(shown + 12)}>
          Show more times ({service.vendorSlots.length - shown} more)
        </Button>
      )}
      <form
        className="slot-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (local) add.mutate();
        }}
      >
        <label>
          <span>New time for {name}</span>
          <input type="datetime-local" value={local} onChange={(event) => setLocal(event.target.value)} required />
        </label>
        <Button type="submit" variant="secondary" size="sm" pending={add.isPending}>
          Add time
        </Button>
      </form>
      {add.error && <p role="alert" className="form-error">{add.error.message}</p>}
    </article>
  );
}
