import { describe, expect, it } from 'vitest';
import { calendarDate, timeAgo } from './time-ago';

const NOW = Date.parse('2026-11-29T12:00:00Z');

describe('timeAgo', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(timeAgo('2026-11-29T11:59:30Z', NOW)).toBe('just now');
    expect(timeAgo('2026-11-29T11:55:00Z', NOW)).toBe('5 minutes ago');
    expect(timeAgo('2026-11-29T09:00:00Z', NOW)).toBe('3 hours ago');
    expect(timeAgo('2026-11-28T12:00:00Z', NOW)).toBe('yesterday');
    expect(timeAgo('2026-11-15T12:00:00Z', NOW)).toBe('2 weeks ago');
    expect(timeAgo('2025-11-29T12:00:00Z', NOW)).toBe('last year');
  });

  it('writes the calendar date in UTC, as the server does', () => {
    expect(calendarDate('2026-11-29T23:30:00Z')).toMatch(/Nov 29, 2026|29 Nov 2026/);
  });
});
