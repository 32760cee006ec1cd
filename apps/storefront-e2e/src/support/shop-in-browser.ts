import { afterAll, beforeAll } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from './platform-server';

export interface ShopInBrowser {
  /** A page in a new browser context (its own cookies and storage), on the platform's base URL. */
  newPage(): Promise<Page>;
  server(): PlatformServer;
}

/**
 * For a describe block: starts the built platform on a fresh database and a browser before its tests,
 * and stops both after them.
 */
export function useShopInBrowser(): ShopInBrowser {
  let home: PlatformHome;
  let server: PlatformServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await home?.cleanup();
  });

  return {
    async newPage() {
      const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      return context.newPage();
    },
    server: () => server,
  };
}

/**
 * The site's header (a desktop viewport): the brand's name, Shop, the manager's "Manage" menu, the
 * search field, the account menu (or Log in and Sign up) and the cart.
 */
export const mainNav = (page: Page) => page.getByRole('banner');

/** The home page's main heading: the demo brand's hero title. */
export const HOME_HEADING = 'Ride further. Carry more. Stay out longer.';

/** Opens one of the brand manager's pages from the header's "Manage" menu. */
export async function openManagePage(page: Page, name: 'Products' | 'Orders' | 'Members' | 'Experts' | 'Shop settings' | 'Brand' | 'Sales & commission'): Promise<void> {
  await mainNav(page).getByRole('button', { name: 'Manage' }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

/** Logs out from the header's account menu. */
export async function logOut(page: Page): Promise<void> {
  await mainNav(page).getByRole('button', { name: 'Account' }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await mainNav(page).getByRole('link', { name: 'Log in' }).waitFor();
}

/** Logs in with a demo account's email (all demo accounts share the demo password). */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/log-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('ridgeline-demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: /^Hello, / }).waitFor();
}
