// Style sheets first: the base styles and tokens come before the components' own sheets in the
// bundle, so a component's class wins over a base rule of the same specificity.
// The typeface ships with the app (decision 0019); its CSS declares the font, styles.css uses it.
import '@fontsource-variable/inter';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { App, createQueryClient } from './app/App';
import { routes } from './app/router';
import { hydrateQueries, loadMatchedRoutes, readServerState } from './app/ssr/server-state';

/**
 * The browser's entry. A page the server rendered whole is hydrated: its route modules loaded first,
 * the query cache filled with the data it was rendered from, so the first render matches the HTML.
 * Anything else (the layout with "Loading…", or `npm run dev`, where Vite serves index.html) is
 * rendered afresh.
 */
async function start(): Promise<void> {
  const container = document.getElementById('root')!;
  const state = readServerState();
  const queryClient = createQueryClient();
  if (state) hydrateQueries(queryClient, state);
  // A page module that does not load (network, a new release): render afresh, and the router shows
  // its error page for it rather than a hydration mismatch.
  const hydrating = state?.rendered === 'page' && (await loadMatchedRoutes(routes, window.location).then(() => true, () => false));
  const app = (
    <StrictMode>
      <App queryClient={queryClient}>
        <RouterProvider router={createBrowserRouter(routes)} />
      </App>
    </StrictMode>
  );
  if (hydrating) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

void start();
