import { useNow } from '../hooks/use-now';
import { calendarDate, timeAgo } from '../time-ago';

/** When something happened: "3 hours ago" in the browser, the date on the server (and as a tooltip). */
export function TimeAgo({ iso }: { iso: string }) {
  const now = useNow();
  return (
    <time dateTime={iso} title={calendarDate(iso)}>
      {now === null ? calendarDate(iso) : timeAgo(iso, now)}
    </time>
  );
}
