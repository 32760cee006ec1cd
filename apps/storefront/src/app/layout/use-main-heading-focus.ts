import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** How long a page may take to show its heading (its data loading) before we stop waiting. */
const WAIT_FOR_HEADING_MS = 10_000;

/**
 * After a client-side navigation to another page, moves focus to the new page's main heading (its
 * h1, made focusable with tabindex=-1), so a screen reader announces the new page and the next Tab
 * starts from its top, as after a full page load. Every page gets this from the layout; pages only
 * need one h1. The heading may appear after the route does (while its data loads): it is awaited.
 * Only a new path counts: changing a page's query string (the shop's filters) keeps focus in place.
 */
export function useMainHeadingFocus(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  useEffect(() => {
    // The first page comes with a full page load, where the browser starts at the top itself.
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    const container = main.current;
    if (!container) return;
    const focusedBefore = document.activeElement;

    const focusHeading = (): boolean => {
      const heading = container.querySelector('h1');
      if (!heading) return false;
      // Someone already moved on (clicked or tabbed elsewhere while the page loaded): leave them be.
      const active = document.activeElement;
      if (active && active !== focusedBefore && active !== document.body) return true;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      // Scrolling is ScrollRestoration's: the top for a new page, the old position going back.
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;

    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_FOR_HEADING_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(container, { childList: true, subtree: true });
    return stop;
  }, [pathname, main]);
}
