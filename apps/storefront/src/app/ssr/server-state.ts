import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router';

/** The id of the JSON script element the server puts its state in. */
export const SERVER_STATE_ID = 'storefront-state';

/**
 * What the server sends with a page, as JSON in a <script type="application/json"> (not run, so the
 * content security policy has nothing to allow): how it rendered the page and the query cache it
 * rendered from.
 * - `page`: the whole page is in the HTML; the browser hydrates it (same markup, same data).
 * - `layout`: the layout with "Loading…" (a page rendered in the browser); the browser renders anew.
 */
export interface ServerState {
  rendered: 'page' | 'layout';
  queries: DehydratedState;
}

/**
 * How long the data a page was rendered with counts as fresh: the browser does not fetch it again on
 * arrival. Only those queries: everything else keeps React Query's default (stale at once).
 */
const SERVER_DATA_FRESH_MS = 30_000;

/** The server's state in this document, if the server rendered it (not under `npm run dev`). */
export function readServerState(): ServerState | null {
  const element = document.getElementById(SERVER_STATE_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as ServerState;
  } catch {
    return null;
  }
}

/** Puts the server's query data in the browser's cache, fresh for a while (see SERVER_DATA_FRESH_MS). */
export function hydrateQueries(queryClient: QueryClient, state: ServerState): void {
  hydrate(queryClient, state.queries);
  const fromServer = new Set(state.queries.queries.map((query) => query.queryHash));
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, staleTime: (query) => (fromServer.has(query.queryHash) ? SERVER_DATA_FRESH_MS : 0) },
  });
}

/** The route properties a route module may export. */
const ROUTE_MODULE_EXPORTS = ['Component', 'ErrorBoundary', 'HydrateFallback', 'handle', 'loader', 'action', 'shouldRevalidate'] as const;

/**
 * Loads the modules of the routes matching `location` and puts what they export on the routes, before
 * the router is created: hydration must render the page the server rendered at once, and a route
 * still `lazy` would render "Loading…" first (react-router's documented way for lazy routes).
 */
export async function loadMatchedRoutes(routes: RouteObject[], location: Location): Promise<void> {
  const matches = matchRoutes(routes, location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const module = (await route.lazy()) as Record<string, unknown>;
      const target = route as Record<string, unknown>;
      for (const name of ROUTE_MODULE_EXPORTS) if (module[name] !== undefined) target[name] = module[name];
      route.lazy = undefined;
    }),
  );
}
