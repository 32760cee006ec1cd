import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve('test-results/e2e');

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the tests drive: CHROMIUM_PATH when set; otherwise Debian's, or else the one
 * Playwright installs for this playwright-core (`npx playwright-core install chromium`).
 */
export function browserPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return [DEBIAN_CHROMIUM, chromium.executablePath()].find((candidate) => existsSync(candidate));
}

/** What is wrong and how to get a browser: said once, before the browser tests (their global setup). */
export function howToGetABrowser(problem = missingBrowser()): string {
  return (
    `The browser tests need Chromium: ${problem}. ` +
    "Install it with `apt-get install chromium` (Debian), or Playwright's own with `npx playwright-core install --with-deps chromium` " +
    '(found without CHROMIUM_PATH), or set CHROMIUM_PATH to a Chromium or Chrome.'
  );
}

const missingBrowser = (env: NodeJS.ProcessEnv = process.env) =>
  env.CHROMIUM_PATH ? `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist` : `there is no ${DEBIAN_CHROMIUM} and no Chromium of Playwright's own`;

/** Headless, with the flags that keep it from calling out to the network this machine does not have. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = browserPath();
  if (!executablePath) throw new Error(howToGetABrowser());
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
