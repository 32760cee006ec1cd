import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { HOME_HEADING, logIn, mainNav, useShopInBrowser } from '../support/shop-in-browser';

/**
 * Moving between pages as a shopper does, with the mouse and the keyboard: every page names itself in
 * the tab's title and, after a client-side navigation, puts focus on its main heading (a screen
 * reader announces the new page) and starts at the top. Pages load their code when first visited,
 * with a progress indication meanwhile; a page whose code fails to load says so, with a way back.
 */
describe('moving between pages', () => {
  const shop = useShopInBrowser();
  const nav = mainNav;

  /** After a full page load the brand's name joins the title once the brand query answers. */
  const titleBecomes = (page: Page, title: string) => page.waitForFunction((expected) => document.title === expected, title);

  /** Waits until the focused element is the page's h1 reading `text` (and the title is `title`). */
  async function headingFocused(page: Page, text: string, title?: string): Promise<void> {
    await page.waitForFunction((expected) => {
      const active = document.activeElement;
      return active?.tagName === 'H1' && active.textContent === expected;
    }, text);
    if (title) await titleBecomes(page, title);
  }

  it('titles each page and moves focus to its heading after a client-side navigation', async () => {
    const page = await shop.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: HOME_HEADING, level: 1 }).waitFor();
    await titleBecomes(page, 'Ridgeline Cycles');

    await nav(page).getByRole('link', { name: 'Shop' }).click();
    await headingFocused(page, 'Shop', 'Shop · Ridgeline Cycles');

    // A page whose heading comes with its data (the product's name) gets focus once it arrives.
    // (Found by a search: vendors' products share the shop's first page, in no fixed order.)
    await page.getByLabel('Search', { exact: true }).fill('trailside');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Showing 1 product').waitFor();
    await page.getByRole('link', { name: 'Trailside Multi-tool' }).click();
    await headingFocused(page, 'Trailside Multi-tool', 'Trailside Multi-tool · Ridgeline Cycles');
    // From the heading, the next Tab goes on through the page, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);

    // With the keyboard alone: Enter on a header link.
    await nav(page).getByRole('link', { name: 'Log in' }).focus();
    await page.keyboard.press('Enter');
    await headingFocused(page, 'Log in', 'Log in · Ridgeline Cycles');

    await page.goBack();
    await headingFocused(page, 'Trailside Multi-tool', 'Trailside Multi-tool · Ridgeline Cycles');

    // Changing the shop's filters keeps focus where it is (same page, another query string).
    await nav(page).getByRole('link', { name: 'Shop' }).click();
    await headingFocused(page, 'Shop');
    await page.getByLabel('Search', { exact: true }).fill('wax');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Showing 1 product').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('H1');
    await expectNoSeriousViolations(page);

    await nav(page).getByRole('link', { name: 'Log in' }).click();
    await headingFocused(page, 'Log in', 'Log in · Ridgeline Cycles');
    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await titleBecomes(page, 'Page not found · Ridgeline Cycles');
  });

  it('starts a new page at the top, and going back returns to where the shopper was', async () => {
    const page = await shop.newPage();
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto('/shop');
    await page.getByText('Showing 12 products').waitFor();
    const last = page.locator('.product-card a').last();
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);

    const name = (await last.textContent())!;
    await last.click();
    await headingFocused(page, name);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.goBack();
    await headingFocused(page, 'Shop');
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 50, scrolled);
  });

  it('leads to the marketplace from the header, the phone drawer and the footer, and to its back office from the menus', async () => {
    const page = await shop.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/');
    const links = (scope: ReturnType<Page['locator']>) => scope.getByRole('link').evaluateAll((found) => found.map((link) => [link.textContent, link.getAttribute('href')]));
    // Shop, Services, Used and Community side by side.
    expect((await links(page.locator('.site-nav'))).slice(0, 4)).toEqual([
      ['Shop', '/shop'],
      ['Services', '/services'],
      ['Used', '/used'],
      ['Community', '/community'],
    ]);
    const footer = page.getByRole('navigation', { name: 'Footer' });
    expect(await links(footer.locator('div').filter({ has: page.getByRole('heading', { name: 'Marketplace' }) }))).toEqual([
      ['Vendors', '/vendors'],
      ['Services', '/services'],
      ['Used bikes & parts', '/used'],
      ['Sell on Ridgeline Cycles', '/sell'],
    ]);

    await logIn(page, 'manager@ridgeline.example');
    await nav(page).getByRole('button', { name: 'Manage' }).click();
    const manage = await page.getByRole('menuitem').evaluateAll((items) => items.map((item) => [item.textContent, item.getAttribute('href')]));
    expect(manage).toEqual(
      expect.arrayContaining([
        ['Vendors', '/manage/vendors'],
        ['Listings', '/manage/listings'],
        ['Claims', '/manage/claims'],
        ['Stolen bikes', '/manage/stolen-bikes'],
        ['Marketplace', '/manage/marketplace'],
        ['Sales & commission', '/manage/marketplace-summary'],
      ]),
    );
    await page.keyboard.press('Escape');
    await nav(page).getByRole('button', { name: 'Account' }).click();
    expect(await page.getByRole('menuitem').evaluateAll((items) => items.map((item) => [item.textContent, item.getAttribute('href')]))).toEqual(
      expect.arrayContaining([
        ['Bookings', '/account/bookings'],
        ['Selling', '/account/selling'],
      ]),
    );
    await page.keyboard.press('Escape');

    // On a phone, the drawer has a Marketplace section between the shop and the community.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Menu' }).click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    const headings = await drawer.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.filter((heading) => heading !== 'Menu').slice(0, 4)).toEqual(['Shop', 'Marketplace', 'Community', 'Manage']);
    for (const name of ['Services', 'Used', 'Vendors', 'Bookings', 'Selling', 'Sales & commission']) await drawer.getByRole('link', { name, exact: true }).first().waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'navigation-drawer-marketplace-phone');
  });

  it('keeps a manager page behind log-in and brings the manager back to it', async () => {
    const page = await shop.newPage();
    await page.goto('/manage/settings');
    await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe(`?next=${encodeURIComponent('/manage/settings')}`);
    await page.getByLabel('Email').fill('manager@ridgeline.example');
    await page.getByLabel('Password').fill('ridgeline-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await headingFocused(page, 'Shop settings', 'Shop settings · Ridgeline Cycles');
  });

  it('loads a page’s code when it is first visited, showing progress meanwhile', async () => {
    const page = await shop.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await page.locator('.product-card').first().waitFor();
    // A shopper's first page fetches neither the cart's nor any manager page's code.
    expect(scripts.some((path) => /\/assets\/(cart|settings|edit-product|new-product|members)-[\w-]+\.js$/.test(path))).toBe(false);

    // Hold the log-in page's code back: the current page stays, with a progress indication.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/log-in-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await nav(page).getByRole('link', { name: 'Log in' }).click();
    await page.getByRole('status').filter({ hasText: 'Loading the page…' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(HOME_HEADING);
    release();
    await headingFocused(page, 'Log in', 'Log in · Ridgeline Cycles');
    expect(await page.getByText('Loading the page…').count()).toBe(0);
    expect(scripts.some((path) => /\/assets\/log-in-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('says so when a page’s code does not load, with a way back and a way to try again', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ana@riders.example');
    await page.route(/\/assets\/orders-[\w-]+\.js$/, (route) => route.abort());
    await nav(page).getByRole('link', { name: 'My orders' }).click();
    await headingFocused(page, 'This page did not load', 'Page did not load · Ridgeline Cycles');
    // The layout stays: the rest of the shop is still one click away.
    expect(await nav(page).getByRole('link', { name: 'Shop' }).count()).toBe(1);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'page-did-not-load');

    await page.getByRole('link', { name: 'Back to the shop' }).click();
    await headingFocused(page, HOME_HEADING);

    // A first visit straight to the page fails the same way; once the code is reachable, "Try
    // again" loads it.
    await page.goto('/orders');
    await page.getByRole('heading', { name: 'This page did not load', level: 1 }).waitFor();
    await page.unroute(/\/assets\/orders-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Your orders', level: 1 }).waitFor();
    await titleBecomes(page, 'Your orders · Ridgeline Cycles');
  });
});
