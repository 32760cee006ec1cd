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

/** The site's main navigation. */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Logs in with a demo account's email (all demo accounts share the demo password). */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/log-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('ridgeline-demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: /^Hello, / }).waitFor();
}
