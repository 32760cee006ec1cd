import { useRef } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { Toaster } from '@/components/ui';
import { useBrand, useBrandTheme } from '@/lib/brand/brand';
import { PageTitleProvider } from '@/lib/page-title';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useMainHeadingFocus } from './use-main-heading-focus';
import './layout.css';

/**
 * The frame of every page: the header (navigation that follows the viewer's role: it links only to
 * what they can use), the page, the footer, the toasts. After a navigation it scrolls to the top (or
 * back to where a page was left, going back), titles the tab "<page> · <brand>" and moves focus to
 * the new page's heading; while a page's code loads it shows a progress bar. The brand's colours
 * theme every page from here.
 */
export function Layout() {
  const brand = useBrand();
  useBrandTheme();
  const loading = useNavigation().state === 'loading';
  const main = useRef<HTMLElement>(null);
  useMainHeadingFocus(main);
  return (
    <PageTitleProvider siteName={brand.name}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <div className={loading ? 'page-progress page-progress-active' : 'page-progress'} role="status">
        {loading && <span className="visually-hidden">Loading the page…</span>}
      </div>
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <SiteFooter />
      <Toaster />
      <ScrollRestoration />
    </PageTitleProvider>
  );
}
