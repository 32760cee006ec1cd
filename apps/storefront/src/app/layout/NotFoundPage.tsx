import { Link } from 'react-router';
import type { PageHandle } from '@/lib/head';
import { usePageTitle } from '@/lib/page-title';

/** An address that names no page answers HTTP 404 with this page. */
export const notFoundHandle: PageHandle = {
  head: () => ({ title: 'Page not found', status: 404, noindex: true }),
};

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        <Link to="/">Back to the shop</Link>
      </p>
    </section>
  );
}
