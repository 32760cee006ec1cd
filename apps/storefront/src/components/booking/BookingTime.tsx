import { useEffect, useState } from 'react';

export interface BookingTimeProps {
  booking: { startsAt: string; endsAt: string; holdExpiresAt?: string | null; timeZone: string };
  /** Show how long the unpaid hold lasts, counting down. */
  countdown?: boolean;
}

const when = (iso: string, timeZone: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone, ...options }).format(new Date(iso));

/**
 * A booked service's time in a cart line or the checkout summary: its day and times in the vendor's
 * time zone, and (in the cart) how long the hold lasts. The countdown updates every second visually;
 * screen readers get the time it ends, not a ticking number.
 */
export function BookingTime({ booking, countdown = false }: BookingTimeProps) {
  const { startsAt, endsAt, holdExpiresAt, timeZone } = booking;
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(startsAt)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return (
    <span className="booking-time">
      <time dateTime={startsAt}>
        {when(startsAt, timeZone, { weekday: 'short', day: 'numeric', month: 'short' })}, {when(startsAt, timeZone, { hour: '2-digit', minute: '2-digit' })}–
        {when(endsAt, timeZone, { hour: '2-digit', minute: '2-digit' })} {zone}
      </time>
      {countdown && holdExpiresAt && <HoldCountdown until={holdExpiresAt} />}
    </span>
  );
}

function HoldCountdown({ until }: { until: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = Math.max(0, new Date(until).getTime() - now);
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  if (left === 0) return <span className="booking-hold" role="status">Your hold ran out: pick the time again</span>;
  return (
    <span className="booking-hold">
      <span aria-hidden="true">
        Held for {minutes}:{String(seconds).padStart(2, '0')}
      </span>
      <span className="visually-hidden">Held for you until {new Date(until).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}</span>
    </span>
  );
}
