import type { RouteObject } from 'react-router';
import type { Role } from '@/gql/graphql';
import { Layout } from './layout/Layout';
import { NotFoundPage, notFoundHandle } from './layout/NotFoundPage';
import { PageLoading } from './layout/PageLoading';
import { RequireViewer } from './layout/RequireViewer';
import { RouteError } from './layout/RouteError';
import { PageOutlet } from './ssr/page-outlet';

const BRAND_MANAGERS: readonly Role[] = ['BRAND_MANAGER'];
const VENDORS: readonly Role[] = ['VENDOR'];

/**
 * Every page of the storefront. A page is a route module under ./routes, loaded when first visited
 * (`lazy`): it exports `Component`, which renders a feature's page and wires in what other features
 * give it. Guards are parents of the pages they keep; RouteError catches what a page throws (or a
 * page module that did not load) inside the layout. A page whose module exports a `handle` with a
 * `head` (lib/head.ts) is rendered on the server; the others in the browser (decision 0023). The
 * browser's router is created in main.tsx, the server's in entry-server.tsx.
 */
export const routes: RouteObject[] = [
  {
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      {
        // The page itself; the layout alone (with "Loading…") when the server sends a page for the
        // browser to render.
        Component: PageOutlet,
        ErrorBoundary: RouteError,
        // Shown inside the layout while the first page's module loads; later navigations keep the
        // old page and show the layout's progress bar instead.
        HydrateFallback: PageLoading,
        children: [
          { index: true, lazy: () => import('./routes/home') },
          { path: 'shop', lazy: () => import('./routes/shop') },
          { path: 'products/:slug', lazy: () => import('./routes/product') },
          { path: 'services', lazy: () => import('./routes/services') },
          { path: 'services/:slug', lazy: () => import('./routes/service') },
          { path: 'log-in', lazy: () => import('./routes/log-in') },
          { path: 'sign-up', lazy: () => import('./routes/sign-up') },
          { path: 'cart', lazy: () => import('./routes/cart') },
          { path: 'members/:id', lazy: () => import('./routes/member') },
          { path: 'used', lazy: () => import('./routes/used') },
          { path: 'used/:slug', lazy: () => import('./routes/used-item') },
          { path: 'community/questions/:id', lazy: () => import('./routes/community/question') },
          { path: 'community/updates/:id', lazy: () => import('./routes/community/update') },
          { path: 'community', lazy: () => import('./routes/community/index') },
          { path: 'community/builds', lazy: () => import('./routes/community/builds') },
          { path: 'community/routes', lazy: () => import('./routes/community/routes') },
          { path: 'community/guides', lazy: () => import('./routes/community/guides') },
          { path: 'community/questions', lazy: () => import('./routes/community/questions') },
          { path: 'account/collections/:id', lazy: () => import('./routes/account/collection') },
          { path: 'community/contributions/:id', lazy: () => import('./routes/community/contribution') },
          { path: 'community/routes/:id', lazy: () => import('./routes/community/routes/route') },
          { path: 'community/builds/:id', lazy: () => import('./routes/community/build') },
          { path: 'community/guides/:id', lazy: () => import('./routes/community/guide') },
          { path: 'vendors', lazy: () => import('./routes/vendors/index') },
          { path: 'vendors/:slug', lazy: () => import('./routes/vendors/vendor') },
          {
            Component: RequireViewer,
            children: [
              { path: 'account', lazy: () => import('./routes/account') },
              { path: 'account/collections', lazy: () => import('./routes/account/collections') },
              { path: 'account/bookings', lazy: () => import('./routes/account/bookings') },
              { path: 'checkout', lazy: () => import('./routes/checkout') },
              { path: 'orders', lazy: () => import('./routes/orders') },
              { path: 'orders/:id', lazy: () => import('./routes/order') },
              { path: 'orders/:id/confirmation', lazy: () => import('./routes/order-confirmation') },
              { path: 'community/questions/new', lazy: () => import('./routes/community/question-new') },
              { path: 'community/questions/:id/edit', lazy: () => import('./routes/community/question-edit') },
              { path: 'community/updates/new', lazy: () => import('./routes/community/update-new') },
              { path: 'community/updates/:id/edit', lazy: () => import('./routes/community/update-edit') },
              { path: 'community/routes/new', lazy: () => import('./routes/community/routes/new-route') },
              { path: 'community/routes/:id/edit', lazy: () => import('./routes/community/routes/edit-route') },
              { path: 'account/privacy', lazy: () => import('./routes/account-privacy') },
              { path: 'account/payouts', lazy: () => import('./routes/account/payouts') },
              { path: 'account/selling', lazy: () => import('./routes/account/selling') },
              { path: 'community/builds/new', lazy: () => import('./routes/community/build-form') },
              { path: 'community/builds/:id/edit', lazy: () => import('./routes/community/build-form') },
              { path: 'community/guides/new', lazy: () => import('./routes/community/new-guide') },
              { path: 'community/guides/:id/edit', lazy: () => import('./routes/community/edit-guide') },
              { path: 'sell', lazy: () => import('./routes/sell') },
            ],
          },
          {
            path: 'manage',
            element: <RequireViewer roles={BRAND_MANAGERS} />,
            children: [
              { path: 'products', lazy: () => import('./routes/manage/products') },
              { path: 'products/new', lazy: () => import('./routes/manage/new-product') },
              { path: 'products/:slug/edit', lazy: () => import('./routes/manage/edit-product') },
              { path: 'orders', lazy: () => import('./routes/manage/orders') },
              { path: 'orders/:id', lazy: () => import('./routes/manage/manage-order') },
              { path: 'members', lazy: () => import('./routes/manage/members') },
              { path: 'experts', lazy: () => import('./routes/manage/experts') },
              { path: 'settings', lazy: () => import('./routes/manage/settings') },
              { path: 'brand', lazy: () => import('./routes/manage/brand') },
              { path: 'builds', lazy: () => import('./routes/manage/builds') },
              { path: 'vendors', lazy: () => import('./routes/manage/vendors') },
              { path: 'marketplace-summary', lazy: () => import('./routes/manage/marketplace-summary') },
              { path: 'marketplace', lazy: () => import('./routes/manage/marketplace') },
              { path: 'claims', lazy: () => import('./routes/manage/claims') },
              { path: 'stolen-bikes', lazy: () => import('./routes/manage/stolen-bikes') },
              { path: 'listings', lazy: () => import('./routes/manage/listings') },
            ],
          },
          {
            // The vendor area: pages a vendor's owner and staff use to run their shop on the platform.
            path: 'vendor',
            element: <RequireViewer roles={VENDORS} />,
            children: [
              {
                // The area's frame (the vendor's pages as tabs); every /vendor page goes in its children.
                lazy: () => import('./routes/vendor/area'),
                children: [
                  { index: true, lazy: () => import('./routes/vendor/dashboard') },
                  { path: 'team', lazy: () => import('./routes/vendor/team') },
                  { path: 'payouts', lazy: () => import('./routes/vendor/payouts') },
                  { path: 'orders', lazy: () => import('./routes/vendor/orders') },
                  { path: 'bookings', lazy: () => import('./routes/vendor/bookings') },
                  { path: 'services/new', lazy: () => import('./routes/vendor/new-service') },
                  { path: 'listings', lazy: () => import('./routes/vendor/listings') },
                  { path: 'listings/new', lazy: () => import('./routes/vendor/listing-form') },
                  { path: 'listings/:productId/edit', lazy: () => import('./routes/vendor/listing-form') },
                ],
              },
            ],
          },
          { path: '*', Component: NotFoundPage, handle: notFoundHandle },
        ],
      },
    ],
  },
];
