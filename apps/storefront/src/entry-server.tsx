import { routes } from './app/router';
import { createRenderer, type RendererOptions } from './app/ssr/render-page';

export type { PageRenderRequest, RenderedPage } from './app/ssr/render-page';

/**
 * The server renderer's entry (decision 0023), built by `vite build --ssr` into
 * dist/apps/storefront-server and loaded by the API (apps/api/src/app/http/storefront-pages.ts)
 * when it serves the built storefront.
 */

// Every route module, to tell which built chunk a matched route's code is in: a route's `Component`
// is its module's export, the same object whichever import loaded the module.
const routeModules = import.meta.glob<Record<string, unknown>>('./app/routes/**/*.tsx');

export async function createStorefrontRenderer(options: Omit<RendererOptions, 'routes' | 'routeSources'>) {
  const routeSources = new Map<unknown, string>();
  await Promise.all(
    Object.entries(routeModules).map(async ([file, load]) => {
      const module = await load();
      if (module.Component) routeSources.set(module.Component, `src/${file.slice('./'.length)}`);
    }),
  );
  return createRenderer({ ...options, routes, routeSources });
}
