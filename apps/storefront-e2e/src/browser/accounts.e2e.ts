import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser';
import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from '../support/platform-server';
import { HOME_HEADING, logOut, mainNav, openManagePage } from '../support/shop-in-browser';

/**
 * A new user's first visit, through the real built platform in Chromium: browse, sign up, see the
 * account, log out and in again, and navigation that follows the role.
 */
describe('storefront accounts and role navigation', () => {
  let home: PlatformHome;
  let server: PlatformServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home);
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(() => context.close());
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await home?.cleanup();
  });

  const nav = () => mainNav(page);

  async function logIn(email: string, password: string) {
    await page.goto('/log-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: /^Hello, / }).waitFor();
  }

  it('shows a visitor the brand and its newest products from the API', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: HOME_HEADING, level: 1 }).waitFor();
    await page.locator('.product-card').first().waitFor();

    expect(await page.locator('.product-card').count()).toBe(8);
    expect(await nav().getByRole('link').allTextContents()).toEqual(['Ridgeline Cycles', 'Shop', 'Services', 'Used', 'Community', 'Log in', 'Sign up']);
    await nav().getByRole('button', { name: 'Cart, 0 items' }).waitFor();
    expect(await page.title()).toBe('Ridgeline Cycles');
  });

  it('signs up a new rider, shows the account page, logs out and back in', async () => {
    await page.goto('/');
    await nav().getByRole('link', { name: 'Sign up' }).click();
    await page.getByLabel('Display name').fill('Dana Descender');
    await page.getByLabel('Email').fill('dana@riders.example');
    await page.getByLabel('Password').fill('gravel-all-day');
    await page.getByRole('button', { name: 'Sign up' }).click();

    await page.getByRole('heading', { name: 'Hello, Dana Descender' }).waitFor();
    expect(await page.getByTestId('account-role').textContent()).toBe('Member');
    expect(await page.getByText('dana@riders.example').count()).toBe(1);
    expect(await nav().getByRole('button', { name: 'Manage' }).count()).toBe(0);
    await screenshot(page, 'account-page');

    await logOut(page);
    await page.goto('/account');
    await page.getByRole('heading', { name: 'Log in' }).waitFor();

    await logIn('dana@riders.example', 'gravel-all-day');
    expect(page.url()).toBe(`${server.baseUrl}/account`);
  });

  it('tells the user which field is wrong', async () => {
    await page.goto('/sign-up');
    await page.getByLabel('Display name').fill('Copycat');
    await page.getByLabel('Email').fill('ana@riders.example');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('Use at least 10 characters').waitFor();
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Password').fill('long-enough-password');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('An account with this email already exists').waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

    await page.goto('/log-in');
    await page.getByLabel('Email').fill('ana@riders.example');
    await page.getByLabel('Password').fill('not-her-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Email or password is incorrect').waitFor();
  });

  it('gives a brand manager the Members page, and keeps consumers out of it', async () => {
    await logIn('manager@ridgeline.example', 'ridgeline-demo');
    expect(await page.getByTestId('account-role').textContent()).toBe('Brand manager');
    await openManagePage(page, 'Members');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThanOrEqual(7);
    await page.getByLabel('Show').selectOption('VENDOR');
    await page.getByRole('link', { name: 'VeloFit Studio', exact: true }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
    await screenshot(page, 'members-page');

    await logOut(page);
    await logIn('ana@riders.example', 'ridgeline-demo');
    expect(await nav().getByRole('button', { name: 'Manage' }).count()).toBe(0);
    await page.goto('/manage/members');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('serves client-side routes and keeps API paths for the API', async () => {
    const deepLink = await fetch(`${server.baseUrl}/manage/members`, { headers: { accept: 'text/html' } });
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
    // Any client that takes HTML gets the app (curl sends */*); a missing file is a 404, not the app.
    expect((await fetch(`${server.baseUrl}/`, { headers: { accept: '*/*' } })).headers.get('content-type')).toContain('text/html');
    const missingAsset = await fetch(`${server.baseUrl}/assets/missing-123.js`);
    expect(missingAsset.status).toBe(404);
    expect(missingAsset.headers.get('x-content-type-options')).toBe('nosniff');
    const health = await fetch(`${server.baseUrl}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect(existsSync(path.resolve('dist/apps/storefront/index.html'))).toBe(true);
  });
});
