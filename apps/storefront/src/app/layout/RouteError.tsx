import { Link, useRouteError } from 'react-router';
import { usePageTitle } from '@/lib/page-title';

/** A route module that could not be fetched: the network dropped, or a new release replaced it. */
function isModuleLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(error.message)
  );
}

/**
 * The error boundary of every page (the route table's errorElement): a page that throws while
 * rendering, or whose code did not load, shows this inside the layout, with a way to try again and
 * a way back. The header stays, so the rest of the shop is one click away.
 */
export function RouteError() {
  const error = useRouteError();
  const moduleFailed = isModuleLoadError(error);
  usePageTitle(moduleFailed ? 'Page did not load' : 'Something went wrong');
  return (
    <section aria-labelledby="route-error-title" className="route-error">
      <h1 id="route-error-title">{moduleFailed ? 'This page did not load' : 'Something went wrong'}</h1>
      <p>
        {moduleFailed
          ? 'The connection may have dropped, or the shop was updated a moment ago. Loading the page again usually fixes it.'
          : 'Sorry, this page ran into a problem on our side. Try again, or go back to the shop.'}
      </p>
      <p className="manage-actions">
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          Try again
        </button>
        <Link to="/">Back to the shop</Link>
      </p>
    </section>
  );
}
