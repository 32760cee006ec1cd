import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { api } from './shop-api';

/**
 * Places an order for the signed-in shopper in `page` with the offline test provider (paid at once),
 * through the API as the checkout page does; returns the order's id.
 */
export async function placeOrderIn(page: Page, slug = 'ridgeline-chain-12'): Promise<string> {
  const { product } = await api<{ product: { variants: { id: string; stock: number }[] } }>(page, `query($slug: String!) { product(slug: $slug) { variants { id stock } } }`, { slug });
  const variant = product.variants.find((candidate) => candidate.stock > 0) ?? product.variants[0];
  await api(page, `mutation($id: ID!) { addToCart(variantId: $id, quantity: 1) { itemCount } }`, { id: variant.id });
  const { shippingMethods } = await api<{ shippingMethods: { id: string }[] }>(page, `{ shippingMethods { id } }`);
  const { checkout } = await api<{ checkout: { order: { id: string } } }>(page, `mutation($input: CheckoutInput!) { checkout(input: $input) { order { id } } }`, {
    input: {
      checkoutKey: randomUUID(),
      shippingMethodId: shippingMethods[0].id,
      address: { name: 'Ana Rider', line1: 'Bergstraße 12', city: 'Berlin', postcode: '10115', country: 'DE' },
    },
  });
  return checkout.order.id;
}

/** Publishes a small guide as the signed-in member in `page`, through the API; returns its id. */
export async function publishGuideIn(page: Page): Promise<string> {
  const { createGuide } = await api<{ createGuide: { id: string } }>(page, `mutation($input: CreateGuideInput!) { createGuide(input: $input) { id } }`, {
    input: { title: 'True a wheel at home', body: 'A wobble you can see is a wobble you can fix.', difficulty: 'MODERATE', timeMinutes: 40, publish: true, steps: [{ title: 'Find the wobble', body: 'Spin the wheel slowly against a fixed pointer.' }], tools: [{ label: 'Spoke key' }] },
  });
  return createGuide.id;
}

/** What fills a route's parameters: ids and slugs of the demo data. */
export interface RouteParams {
  productSlug: string;
  memberId: string;
  orderId: string;
  /** A demo question (advice). */
  questionId: string;
  /** A demo progress post (advice). */
  updateId: string;
  /** One of Ana's saved collections. */
  collectionId: string;
  /** A published contribution of any kind (the generic contribution page). */
  contributionId: string;
  routeId: string;
  /** A published build of Ana's (she may edit it). */
  buildId: string;
  /** A published guide of Ana's (she may edit it). */
  guideId: string;
  /** A used item for sale (the demo's used market). */
  usedItemSlug: string;
  /** A demo vendor's bookable service (bookings: VeloFit Studio's bike fit). */
  serviceSlug: string;
  /** A demo vendor's listing (its product's id): Spoke & Wrench's chain wax. */
  listingProductId: string;
}

/**
 * Shares a small route as the signed-in member in `page` (upload + createRoute through the API, as
 * the new-route page does); returns its id.
 */
export async function shareRouteIn(page: Page): Promise<string> {
  const points = Array.from({ length: 80 }, (_, i) => `<trkpt lat="${(47.99 + 0.0004 * i).toFixed(6)}" lon="${(7.85 + 0.0003 * Math.sin(i / 5)).toFixed(6)}"><ele>${(300 + 2 * i).toFixed(1)}</ele></trkpt>`);
  const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="e2e" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>E2E climb</name><trkseg>${points.join('')}</trkseg></trk></gpx>`;
  const response = await page.request.post('/uploads/gpx', { headers: { 'x-flagship-upload': '1' }, multipart: { file: { name: 'climb.gpx', mimeType: 'application/gpx+xml', buffer: Buffer.from(gpx) } } });
  const upload = (await response.json()) as { id: string };
  const { createRoute } = await api<{ createRoute: { id: string } }>(page, `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`, {
    input: { importId: upload.id, title: 'E2E climb', body: 'A short climb.', publish: true },
  });
  return createRoute.id;
}

/**
 * Every route of the storefront's route table (apps/storefront/src/app/router.tsx), as the pattern
 * it declares and a URL that opens it with the demo data. `routePathsMissingFrom` checks the table
 * against this list, so a new page cannot be forgotten by the tests that walk every page.
 */
export function storefrontRoutes(params: RouteParams): { pattern: string; url: string }[] {
  return [
    { pattern: '/', url: '/' },
    { pattern: '/shop', url: '/shop' },
    { pattern: '/products/:slug', url: `/products/${params.productSlug}` },
    { pattern: '/log-in', url: '/log-in' },
    { pattern: '/sign-up', url: '/sign-up' },
    { pattern: '/cart', url: '/cart' },
    { pattern: '/members/:id', url: `/members/${params.memberId}` },
    { pattern: '/community/questions/:id', url: `/community/questions/${params.questionId}` },
    { pattern: '/community/updates/:id', url: `/community/updates/${params.updateId}` },
    { pattern: '/community/questions/new', url: '/community/questions/new' },
    { pattern: '/community/questions/:id/edit', url: `/community/questions/${params.questionId}/edit` },
    { pattern: '/community/updates/new', url: '/community/updates/new' },
    { pattern: '/community/updates/:id/edit', url: `/community/updates/${params.updateId}/edit` },
    { pattern: '/community', url: '/community' },
    { pattern: '/community/builds', url: '/community/builds' },
    { pattern: '/community/routes', url: '/community/routes' },
    { pattern: '/community/guides', url: '/community/guides' },
    { pattern: '/community/questions', url: '/community/questions' },
    { pattern: '/community/routes/:id', url: `/community/routes/${params.routeId}` },
    { pattern: '/community/routes/new', url: '/community/routes/new' },
    { pattern: '/community/routes/:id/edit', url: `/community/routes/${params.routeId}/edit` },
    { pattern: '/account/privacy', url: '/account/privacy' },
    { pattern: '/account/payouts', url: '/account/payouts' },
    { pattern: '/vendor/payouts', url: '/vendor/payouts' },
    { pattern: '/community/builds/:id', url: `/community/builds/${params.buildId}` },
    { pattern: '/community/builds/new', url: '/community/builds/new' },
    { pattern: '/community/builds/:id/edit', url: `/community/builds/${params.buildId}/edit` },
    { pattern: '/community/guides/:id', url: `/community/guides/${params.guideId}` },
    { pattern: '/community/guides/new', url: '/community/guides/new' },
    { pattern: '/community/guides/:id/edit', url: `/community/guides/${params.guideId}/edit` },
    { pattern: '/account', url: '/account' },
    { pattern: '/account/collections', url: '/account/collections' },
    { pattern: '/account/collections/:id', url: `/account/collections/${params.collectionId}` },
    { pattern: '/community/contributions/:id', url: `/community/contributions/${params.contributionId}` },
    { pattern: '/checkout', url: '/checkout' },
    { pattern: '/orders', url: '/orders' },
    { pattern: '/orders/:id', url: `/orders/${params.orderId}` },
    { pattern: '/orders/:id/confirmation', url: `/orders/${params.orderId}/confirmation` },
    { pattern: '/manage/products', url: '/manage/products' },
    { pattern: '/manage/products/new', url: '/manage/products/new' },
    { pattern: '/manage/products/:slug/edit', url: `/manage/products/${params.productSlug}/edit` },
    { pattern: '/manage/orders', url: '/manage/orders' },
    { pattern: '/manage/orders/:id', url: `/manage/orders/${params.orderId}` },
    { pattern: '/manage/members', url: '/manage/members' },
    { pattern: '/manage/experts', url: '/manage/experts' },
    { pattern: '/manage/settings', url: '/manage/settings' },
    { pattern: '/manage/brand', url: '/manage/brand' },
    { pattern: '/manage/builds', url: '/manage/builds' },
    { pattern: '/vendors', url: '/vendors' },
    { pattern: '/vendors/:slug', url: '/vendors/velofit-studio' },
    { pattern: '/sell', url: '/sell' },
    { pattern: '/manage/vendors', url: '/manage/vendors' },
    { pattern: '/vendor/team', url: '/vendor/team' },
    { pattern: '/manage/marketplace-summary', url: '/manage/marketplace-summary' },
    { pattern: '/vendor', url: '/vendor' },
    { pattern: '/manage/marketplace', url: '/manage/marketplace' },
    { pattern: '/vendor/orders', url: '/vendor/orders' },
    { pattern: '/used', url: '/used' },
    { pattern: '/used/:slug', url: `/used/${params.usedItemSlug}` },
    { pattern: '/account/selling', url: '/account/selling' },
    { pattern: '/manage/claims', url: '/manage/claims' },
    { pattern: '/manage/stolen-bikes', url: '/manage/stolen-bikes' },
    { pattern: '/services', url: '/services' },
    { pattern: '/services/:slug', url: `/services/${params.serviceSlug}` },
    { pattern: '/account/bookings', url: '/account/bookings' },
    { pattern: '/vendor/bookings', url: '/vendor/bookings' },
    { pattern: '/vendor/services/new', url: '/vendor/services/new' },
    { pattern: '/manage/listings', url: '/manage/listings' },
    { pattern: '/vendor/listings', url: '/vendor/listings' },
    { pattern: '/vendor/listings/new', url: '/vendor/listings/new' },
    { pattern: '/vendor/listings/:productId/edit', url: `/vendor/listings/${params.listingProductId}/edit` },
    { pattern: '*', url: '/no-such-page' },
  ];
}

/**
 * The pages router.tsx declares, as full paths (`/manage/orders/:id` from `path: 'manage'` and its
 * child `path: 'orders/:id'`), that are not in `patterns`. Read from the file's text: each `{ … }` is
 * a route object, a `path` joins those of the objects around it, and an object with `children` is a
 * parent (a guard, `/manage`), not a page of its own.
 */
export function routePathsMissingFrom(patterns: string[]): string[] {
  const router = readFileSync(path.resolve('apps/storefront/src/app/router.tsx'), 'utf8');
  const open: { path?: string; parent?: boolean }[] = [];
  const pages: string[] = [];
  for (const [token, routePath] of router.matchAll(/[{}]|children:|path: '([^']+)'/g)) {
    if (token === '{') open.push({});
    else if (token === 'children:') open[open.length - 1].parent = true;
    else if (token !== '}') open[open.length - 1].path = routePath;
    else {
      const route = open.pop();
      if (!route?.path || route.parent) continue;
      pages.push(route.path === '*' ? '*' : `/${[...open.map((around) => around.path), route.path].filter(Boolean).join('/')}`);
    }
  }
  const known = new Set(patterns);
  return pages.filter((page) => !known.has(page));
}
