import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { api } from '../support/shop-api';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

/** Where the pictures go: git-ignored, kept by CI as an artifact, looked at after a design change. */
const SCREENSHOT_DIR = path.resolve('dist/screenshots');

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * The pages a shopper and a brand manager spend their time on, photographed at desktop and phone
 * width: home, shop, product, cart, checkout, the confirmation after placing an order (offline test
 * provider), the manager's products and that order's page. Each page must show its main heading
 * before its picture is taken, so a page that breaks fails here rather than leaving a blank picture.
 */
describe('screenshots of the main pages', () => {
  const shop = useShopInBrowser();

  beforeAll(() => mkdir(SCREENSHOT_DIR, { recursive: true }));

  /**
   * Waits for the page's h1 and for what it loads, then saves the whole page. `replacing`: the heading
   * of the page before, for a page reached by a client-side navigation (the confirmation), which
   * shows the old page (or a loading state) for a moment after the address changed.
   */
  async function photograph(page: Page, viewport: string, name: string, replacing?: string): Promise<void> {
    const heading = page.getByRole('heading', { level: 1 }).filter(replacing ? { hasNotText: replacing } : {}).first();
    await heading.waitFor();
    await page.waitForLoadState('networkidle');
    expect(await heading.isVisible()).toBe(true);
    // Fonts and late images settle before the picture (the page's own loading is done above).
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${viewport}.png`), fullPage: true });
  }

  for (const viewport of VIEWPORTS) {
    it(`photographs the shopper's and the manager's pages at ${viewport.width} px`, async () => {
      const shopper = await shop.newPage();
      await shopper.setViewportSize({ width: viewport.width, height: viewport.height });
      await shopper.goto('/');
      await photograph(shopper, viewport.name, 'home');
      await shopper.goto('/shop');
      await photograph(shopper, viewport.name, 'shop');
      await shopper.goto('/products/summit-al-gravel');
      await photograph(shopper, viewport.name, 'product');

      await logIn(shopper, 'ana@riders.example');
      const { product } = await api<{ product: { variants: { id: string }[] } }>(shopper, `{ product(slug: "ridgeline-chain-12") { variants { id } } }`);
      await api(shopper, `mutation($id: ID!) { addToCart(variantId: $id, quantity: 2) { itemCount } }`, { id: product.variants[0].id });
      await shopper.goto('/cart');
      await photograph(shopper, viewport.name, 'cart');

      await shopper.goto('/checkout');
      await photograph(shopper, viewport.name, 'checkout');
      // A saved address may fill these in already; fill only what is empty.
      for (const [label, value] of [
        ['Full name', 'Ana Rider'],
        ['Street and number', 'Bergstraße 12'],
        ['Postcode', '10115'],
        ['City', 'Berlin'],
      ] as const) {
        const field = shopper.getByLabel(label, { exact: true });
        if ((await field.count()) === 1 && (await field.inputValue()) === '') await field.fill(value);
      }
      await shopper.getByRole('button', { name: /^Place order/ }).click();
      await shopper.waitForURL(/\/orders\/[\w-]+/);
      await photograph(shopper, viewport.name, 'confirmation', 'Checkout');
      // The shopper lands on /orders/<id> or /orders/<id>/confirmation; the manager's page for it is /manage/orders/<id>.
      const orderId = /\/orders\/([\w-]+)/.exec(new URL(shopper.url()).pathname)![1];

      const manager = await shop.newPage();
      await manager.setViewportSize({ width: viewport.width, height: viewport.height });
      await logIn(manager, 'manager@ridgeline.example');
      await manager.goto('/manage/products');
      await photograph(manager, viewport.name, 'manager-products');
      await manager.goto(`/manage/orders/${orderId}`);
      await photograph(manager, viewport.name, 'manager-order');
    }, 120_000);
  }
});
