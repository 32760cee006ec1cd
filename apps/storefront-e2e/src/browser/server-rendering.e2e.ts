import type { Page } from 'playwright-core';
import { logIn, mainNav, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

/**
 * Pages the server rendered (decision 0023), taken over by the browser: the page shows before any
 * script runs, hydrates without a mismatch or a console error (for a visitor with a cart in the
 * browser, and for a signed-in manager), and does not ask the API again for what came with it.
 */
describe('pages rendered on the server', () => {
  const shop = useShopInBrowser();

  /** Console errors and warnings, uncaught errors, and the GraphQL operations the page sent. */
  function watch(page: Page) {
    const problems: string[] = [];
    const operations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') operations.push(/(?:query|mutation) (\w+)/.exec(JSON.parse(request.postData() ?? '{}').query ?? '')?.[1] ?? '?');
    });
    return { problems, operations };
  }

  /** True once React has hydrated the page (an interactive root), false for server HTML alone. */
  const hydrated = (page: Page) => page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')));

  it('shows a product page with its name and price before any script runs', async () => {
    const page = await shop.newPage();
    await page.context().route('**/*.js', (route) => route.abort());
    await page.goto('/products/summit-cf-gravel');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Summit CF Gravel Bike');
    expect(await page.locator('.product-price-now').textContent()).toBe('€3,499.00');
    expect(await page.title()).toBe('Summit CF Gravel Bike · Ridgeline Cycles');
    expect(await mainNav(page).getByRole('link', { name: 'Shop' }).count()).toBe(1);
  });

  it('hydrates the public pages for a visitor with a cart, asking the API only for what did not come with them', async () => {
    const page = await shop.newPage();
    // A cart kept in the browser: the server cannot know it, so its count appears after hydration.
    await page.goto('/products/ridgeline-multitool');
    await hydrated(page);
    await page.getByRole('button', { name: /Add to cart/ }).click();
    await page.waitForLoadState('networkidle');

    for (const path of ['/', '/shop', '/shop?category=tools', '/products/summit-cf-gravel', '/no-such-page']) {
      const { problems, operations } = watch(page);
      await page.goto(path);
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      // The browser reports a page answered 404 as a failed resource: that one is expected.
      const unexpected = problems.filter((problem) => !(path === '/no-such-page' && problem.includes('status of 404')));
      expect({ path, problems: unexpected }).toEqual({ path, problems: [] });
      // Brand, viewer, products and categories came with the page (only the visitor's cart did not).
      const refetched = operations.filter((operation) => ['Brand', 'Me', 'Product', 'Products', 'Categories'].includes(operation));
      expect({ path, refetched }).toEqual({ path, refetched: [] });
    }

    // A hydrated page navigates on the client: focus moves to the next page's heading.
    await mainNav(page).getByRole('link', { name: 'Shop' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Shop');
  });

  it('hydrates for a signed-in manager, with their menu in the first HTML', async () => {
    const page = await shop.newPage();
    await logIn(page, 'manager@ridgeline.example');
    const { problems } = watch(page);
    const response = await page.goto('/products/summit-cf-gravel');
    // The manager's pages are one "Manage" menu in the header (its items render when it opens).
    expect(await response!.text()).toMatch(/aria-haspopup="menu"[^>]*>Manage</);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    await openManagePage(page, 'Shop settings');
    await page.getByRole('heading', { name: 'Shop settings', level: 1 }).waitFor();
    expect(problems).toEqual([]);
  });
});
