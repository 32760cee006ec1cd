import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Badge, Breadcrumbs, Button, EmptyState, Skeleton, toast } from '@/components/ui';
import { ApiError, request } from '@/lib/graphql-client';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { HoldSlotMutation } from '../graphql/bookings';
import { bookingQueries, type ServiceDetail } from '../queries';
import { dayKey, durationText, formatDay, formatTime, viewerTimeZone, zoneName, zonesDiffer } from '../time';
import '../bookings.css';

/**
 * A service's page: what it is, who offers it, where it happens, and a slot picker (days, then times)
 * showing times in the vendor's time zone and, when it differs, the viewer's. "Book" holds the slot
 * and goes to the cart; `signedIn` false sends the visitor to log in first.
 */
export function ServicePage({ signedIn, onBooked }: { signedIn: boolean; onBooked: () => void }) {
  const { slug = '' } = useParams();
  const service = useQuery(bookingQueries.service(slug));
  usePageTitle(service.data?.product?.name ?? 'Service');
  if (service.isLoading) {
    return (
      <section className="service-page" aria-busy="true">
        <Skeleton shape="text" width="30%" />
        <Skeleton shape="text" width="60%" />
        <Skeleton shape="text" width="80%" />
      </section>
    );
  }
  if (service.error || !service.data?.product) {
    return (
      <section className="service-page">
        <h1>Service not available</h1>
        <EmptyState title="This service is not offered" description="It may have been taken off the platform." action={<Link to="/services">All services</Link>} />
      </section>
    );
  }
  const data = service.data;
  const product = data.product!;
  return (
    <article className="service-page" aria-labelledby="service-title">
      <Breadcrumbs items={[{ label: 'Services', to: '/services' }, { label: product.name }]} />
      <div className="service-layout">
        <div className="service-about">
          <h1 id="service-title">{product.name}</h1>
          {data.vendor && (
            <p className="service-vendor">
              by{' '}
              <strong>
                <Link to={`/vendors/${encodeURIComponent(data.vendor.slug)}`}>{data.vendor.name}</Link>
              </strong>
              {data.vendor.serviceRating.count > 0 && (
                <span className="service-rating">
                  {' '}
                  · rated {data.vendor.serviceRating.average?.toFixed(1)} of 5 ({data.vendor.serviceRating.count} {data.vendor.serviceRating.count === 1 ? 'review' : 'reviews'})
                </span>
              )}
            </p>
          )}
          <dl className="service-facts">
            <div>
              <dt>Price</dt>
              <dd>{product.priceFrom ? formatMoney(product.priceFrom) : '—'} per seat</dd>
            </div>
            <div>
              <dt>Duration</dt>
              <dd>{durationText(data.durationMinutes)}</dd>
            </div>
            <div>
              <dt>Where</dt>
              <dd>{data.mode === 'ONLINE' ? 'Online: the meeting link is in your booking once paid' : data.location}</dd>
            </div>
          </dl>
          {product.description.split('\n\n').map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
        <SlotPicker service={data} signedIn={signedIn} onBooked={onBooked} />
      </div>
    </article>
  );
}

function SlotPicker({ service, signedIn, onBooked }: { service: ServiceDetail; signedIn: boolean; onBooked: () => void }) {
  const zone = service.timeZone;
  const mine = viewerTimeZone();
  const showMine = zonesDiffer(zone, mine);
  const days = useMemo(() => {
    const byDay = new Map<string, ServiceDetail['slots']>();
    for (const slot of service.slots) byDay.set(dayKey(slot.startsAt, zone), [...(byDay.get(dayKey(slot.startsAt, zone)) ?? []), slot]);
    return [...byDay.entries()];
  }, [service.slots, zone]);
  const [day, setDay] = useState<string | null>(null);
  const [slotId, setSlotId] = useState<string | null>(null);
  const chosenDay = day ?? days[0]?.[0] ?? null;
  const times = days.find(([key]) => key === chosenDay)?.[1] ?? [];
  const chosen = service.slots.find((slot) => slot.id === slotId) ?? null;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const hold = useMutation({
    mutationFn: (id: string) => request(HoldSlotMutation, { slotId: id }),
    onSuccess: async () => {
      onBooked();
      await queryClient.invalidateQueries();
      void navigate('/cart');
    },
    onError: (error) => {
      toast.error(error instanceof ApiError && error.code === 'SLOT_FULL' ? 'Someone just booked that time' : 'Could not book this time', { description: error.message });
      void queryClient.invalidateQueries({ queryKey: bookingQueries.all });
      setSlotId(null);
    },
  });

  return (
    <section className="slot-picker" aria-labelledby="slot-picker-title">
      <h2 id="slot-picker-title">Pick a time</h2>
      <p className="slot-zone">
        Times in {zone.replace('_', ' ')} ({zoneName(zone)}){showMine && <>, yours ({zoneName(mine)}) beside them</>}.
      </p>
      {days.length === 0 ? (
        <p>No open times right now. Check back soon.</p>
      ) : (
        <>
          <fieldset className="slot-days">
            <legend className="visually-hidden">Day</legend>
            {days.map(([key, slots]) => (
              <button
                key={key}
                type="button"
                className="slot-day"
                aria-pressed={key === chosenDay}
                onClick={() => {
                  setDay(key);
                  setSlotId(null);
                }}
              >
                {formatDay(slots[0].startsAt, zone)}
              </button>
            ))}
          </fieldset>
          <fieldset className="slot-times">
            <legend className="slot-legend">Times on {chosenDay && times[0] ? formatDay(times[0].startsAt, zone) : ''}</legend>
            {times.map((slot) => (
              <label key={slot.id} className="slot-time" data-full={slot.seatsLeft === 0 || undefined}>
                <input type="radio" name="slot" value={slot.id} checked={slotId === slot.id} disabled={slot.seatsLeft === 0} onChange={() => setSlotId(slot.id)} />
                <span className="slot-time-main">
                  {formatTime(slot.startsAt, zone)}–{formatTime(slot.endsAt, zone)}
                </span>
                {showMine && <span className="slot-time-mine">{formatTime(slot.startsAt, mine)} your time</span>}
                <Badge tone={slot.seatsLeft === 0 ? 'neutral' : 'success'}>{slot.seatsLeft === 0 ? 'Booked' : `${slot.seatsLeft} ${slot.seatsLeft === 1 ? 'seat' : 'seats'} left`}</Badge>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {signedIn ? (
        <Button variant="primary" block disabled={!chosen} pending={hold.isPending} pendingLabel="Holding your time…" onClick={() => chosen && hold.mutate(chosen.id)}>
          {chosen ? `Book ${formatDay(chosen.startsAt, zone)}, ${formatTime(chosen.startsAt, zone)}` : 'Book'}
        </Button>
      ) : (
        <Button asChild variant="primary" block>
          <Link to={`/log-in?next=${encodeURIComponent(`/services/${service.product?.slug ?? ''}`)}`}>Log in to book</Link>
        </Button>
      )}
      <p className="slot-note">We hold the time for you while you check out. Free cancellation until the notice period before it starts.</p>
    </section>
  );
}
