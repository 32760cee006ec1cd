import { useSyncExternalStore } from 'react';

const MINUTE = 60_000;
let now = 0;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((notify) => notify());
  }, MINUTE);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function browserNow(): number {
  if (!now) now = Date.now();
  return now;
}

/**
 * The current time to the minute in the browser, and null while rendering on the server and while the
 * browser hydrates that HTML: a page rendered on the server never reads the clock (decision 0023), and
 * the browser's first render matches it; "3 hours ago" appears right after.
 */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, browserNow, () => null);
}
