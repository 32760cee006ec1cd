import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type RouteObject } from 'react-router';
import { catalogQueries } from '@/features/catalog/queries';
import { brandQueries } from '@/lib/brand/brand';
import { brandThemeCss } from '@/lib/brand/theme';
import { setGraphqlTransport, type GraphqlTransport } from '@/lib/graphql-client';
import { headElements, pageHandleOf, type PageHead, type PageRequest, type SiteInfo } from '@/lib/head';
import { sessionQueries } from '@/lib/session/session';
import { App, createQueryClient } from '../App';
import { assetsOf, entryAssets, renderDocument, type BuildManifest } from './document';
import { LayoutOnly } from './page-outlet';
import type { ServerState } from './server-state';

export interface RendererOptions {
  routes: RouteObject[];
  /** The built index.html, with its `<!--app-head-->` and `<!--app-html-->` marks. */
  template: string;
  manifest: BuildManifest;
  /** The source file (manifest key) of each route module, found by what it exports as `Component`. */
  routeSources: ReadonlyMap<unknown, string>;
  /**
   * How the storefront's queries reach /graphql on the server: in the API's own process, as the
   * request being rendered (its cookie, its address). The API keeps that request for the transport
   * while `render` runs (an AsyncLocalStorage on its side).
   */
  graphql: GraphqlTransport;
  /** Something went wrong that the visitor does not see (the page falls back to the browser rendering it). */
  onError: (error: unknown, message: string) => void;
}

export interface PageRenderRequest {
  /** Path and query, as requested. */
  url: string;
  /** Scheme, host and port the site is reached at (PUBLIC_URL). */
  origin: string;
}

export interface RenderedPage {
  status: number;
  html: string;
  /** Set when the address answers with a redirect instead. */
  location?: string;
}

/**
 * The server renderer (decision 0023). For a page whose route module declares a head
 * (`handle: PageHandle`, lib/head.ts) it runs the page's `prefetch` and the queries every page shares
 * (brand, viewer, departments) into a fresh query cache, renders the page with react-router's static router, and
 * sends the HTML with the head, links to the page's code and styles, and the cache (dehydrated) for
 * the browser to hydrate from. For any other page it sends the layout with "Loading…" and the same
 * shared data, and the browser renders the page. A page that fails to render on the server is sent
 * the second way, and the error logged.
 */
export function createRenderer({ routes, template, manifest, routeSources, graphql, onError }: RendererOptions) {
  setGraphqlTransport(graphql);
  // One handler for every request: it loads each lazy route module once and keeps it.
  const handler = createStaticHandler(routes);
  const inIndexHtml = entryAssets(manifest);

  return async function render({ url, origin }: PageRenderRequest): Promise<RenderedPage> {
    // Joined, not resolved: a path such as //elsewhere.example/x stays a path on this origin.
    const address = new URL(`${origin}${url.startsWith('/') ? url : `/${url}`}`);
    const context = await handler.query(new Request(address));
    if (context instanceof Response) return { status: context.status, html: '', location: context.headers.get('location') ?? '/' };

    const queryClient = createQueryClient();
    // A failure is not retried while the visitor waits for the page: the browser asks again.
    queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
    const [brand] = await Promise.all([
      queryClient.fetchQuery(brandQueries.current()).catch((error: unknown) => onError(error, 'The brand could not be read for a page')),
      queryClient.prefetchQuery(sessionQueries.viewer()),
      // The layout's header menu and footer list the departments on every page.
      queryClient.prefetchQuery(catalogQueries.categories()),
    ]);
    const site: SiteInfo = { name: brand?.brand?.name ?? '', tagline: brand?.brand?.tagline, currency: brand?.brand?.currency };
    const leaf = context.matches[context.matches.length - 1];
    const page = pageHandleOf(leaf?.route.handle);
    const pageRequest: PageRequest = { params: leaf?.params ?? {}, searchParams: address.searchParams, queryClient, origin, site };

    let head: PageHead = { title: null };
    let rendered: ServerState['rendered'] = page ? 'page' : 'layout';
    if (page) {
      try {
        await page.prefetch?.(pageRequest);
        head = page.head(pageRequest);
      } catch (error) {
        onError(error, `The head of ${address.pathname} could not be made`);
        rendered = 'layout';
      }
    }
    if (head.redirect) return { status: 301, html: '', location: head.redirect };
    // A query that failed renders its error on the server but starts loading in the browser (errors
    // are not sent): drop it, so both render it loading and the browser asks again.
    queryClient.removeQueries({ predicate: (query) => query.state.status === 'error' });

    let body: string;
    try {
      body = await renderApp(handler, context, queryClient, rendered === 'layout');
    } catch (error) {
      onError(error, `${address.pathname} could not be rendered on the server`);
      rendered = 'layout';
      body = await renderApp(handler, context, queryClient, true).catch(() => '');
    }

    const sources = rendered === 'page' ? context.matches.map((match) => routeSources.get(match.route.Component)).filter((source) => source !== undefined) : [];
    const html = renderDocument(template, {
      // The brand's colours in the first paint (the browser sets the same variables once it runs).
      // Only validated hex colours reach the style sheet (brandThemeCss), so nothing can break out.
      head: `${headElements(head, { site, origin, path: address.pathname })}\n    <style id="brand-theme">${brandThemeCss(brand?.brand)}</style>`,
      assets: assetsOf(manifest, sources, inIndexHtml),
      body,
      state: { rendered, queries: dehydrate(queryClient) },
    });
    return { status: head.status ?? context.statusCode, html };
  };
}

type StaticHandler = ReturnType<typeof createStaticHandler>;
type StaticContext = Exclude<Awaited<ReturnType<StaticHandler['query']>>, Response>;

/** The app as HTML, once everything in it has rendered (prerender waits for lazy components). */
async function renderApp(handler: StaticHandler, context: StaticContext, queryClient: ReturnType<typeof createQueryClient>, layoutOnly: boolean): Promise<string> {
  const router = createStaticRouter(handler.dataRoutes, context);
  let failure: unknown;
  const { prelude } = await prerender(
    <StrictMode>
      <App queryClient={queryClient}>
        <LayoutOnly.Provider value={layoutOnly}>
          {/* hydrate={false}: no inline script (the content security policy allows none); there is no loader data to send. */}
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </LayoutOnly.Provider>
      </App>
    </StrictMode>,
    { onError: (error) => void (failure ??= error) },
  );
  if (failure) throw failure;
  return new Response(prelude).text();
}
