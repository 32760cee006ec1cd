import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser';
import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from '../support/platform-server';

/** Browsing the shop as a new visitor would: departments, filters, sorting, a product and its variants. */
describe('browsing the shop', () => {
  let home: PlatformHome;
  let server: PlatformServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home);
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await home?.cleanup();
  });

  const cardNames = () => page.locator('.product-card h3').allTextContents();

  it('lists every product, pages with "Show more", and filters by department from the home page', async () => {
    await page.goto('/shop');
    // The brand's 12 products and its vendors' 4 approved ones (the demo's): a page of 12, then the rest.
    await page.getByText('Showing 12 products').waitFor();
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByText('Showing 16 products').waitFor();
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Departments' }).getByRole('link', { name: 'Tools' }).click();
    await page.getByText('Showing 4 products').waitFor();
    expect((await cardNames()).sort()).toEqual(['Home Work Stand', 'Torque Wrench 2-20 Nm', 'Trailside Multi-tool', 'Tubeless Repair Kit']);
  });

  it('filters by price and search, and sorts by price', async () => {
    await page.goto('/shop');
    await page.getByLabel('Price from').fill('50');
    await page.getByLabel('Price to').fill('100');
    await page.getByLabel('Sort by').selectOption('PRICE_ASC');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Showing 3 products').waitFor();
    expect(await cardNames()).toEqual(['Allroad Tyre 45 mm', 'Comfort Saddle', 'Torque Wrench 2-20 Nm']);
    expect(page.url()).toContain('sort=PRICE_ASC');

    await page.goto('/shop?q=gravel');
    await page.getByText('Showing 3 products').waitFor();
  });

  it('shows a product with its sizes, prices and stock', async () => {
    await page.goto('/shop?q=summit%20cf');
    await page.getByRole('link', { name: 'Summit CF Gravel Bike' }).click();
    await page.getByRole('heading', { name: 'Summit CF Gravel Bike', level: 1 }).waitFor();
    expect(await page.getByText('€3,499.00').count()).toBe(1);

    await page.getByRole('radio', { name: 'XL (sold out)' }).check();
    await page.getByText('Sold out in XL, Slate').waitFor();
    await page.getByRole('radio', { name: 'M', exact: true }).check();
    await page.getByText('Only 2 left in M, Slate').waitFor();
    await screenshot(page, 'product-page');
  });
});
