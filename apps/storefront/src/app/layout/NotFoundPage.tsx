import { Link } from 'react-router';
import { Button } from '@/components/ui';
import type { PageHandle } from '@/lib/head';
import { usePageTitle } from '@/lib/page-title';
import { HeaderSearch } from './HeaderSearch';

/** An address that names no page answers HTTP 404 with this page. */
export const notFoundHandle: PageHandle = {
  head: () => ({ title: 'Page not found', status: 404, noindex: true }),
};

/** An address that leads nowhere: say so, and offer the ways on (search, the shop, home). */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section aria-labelledby="not-found-title" className="not-found">
      <p className="eyebrow">Error 404</p>
      <h1 id="not-found-title">Page not found</h1>
      <p className="not-found-text">The page may have moved, or the address has a typo. Search for what you were after, or start from the shop.</p>
      <HeaderSearch className="not-found-search" label="Search instead" />
      <p className="cluster">
        <Button asChild>
          <Link to="/shop">Back to the shop</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link to="/">Home</Link>
        </Button>
      </p>
    </section>
  );
}
