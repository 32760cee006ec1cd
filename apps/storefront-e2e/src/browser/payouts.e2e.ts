import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

/**
 * Sellers' payout pages (decision 0041) in test mode: a demo vendor's owner sees the test-mode notice,
 * payouts already on and the balance; a member enables test-mode payouts for their used items. At a
 * phone's 390 px and a laptop's 1366 px, with no horizontal scrolling and no serious accessibility
 * violation.
 */
describe('payouts', () => {
  const shop = useShopInBrowser();

  const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it.each([390, 1366])('shows a demo vendor its test-mode payouts and balance at %i px', async (width) => {
    const page = await shop.newPage();
    await page.setViewportSize({ width, height: 900 });
    await logIn(page, 'fitting@velofit.example');
    await page.goto('/vendor/payouts');
    await page.getByRole('heading', { name: 'Payouts', level: 1 }).waitFor();
    await page.getByText('Payouts are recorded in test mode.').waitFor();
    await page.getByText('Payouts on', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Balance' }).waitFor();
    // Its figures once the demo has fulfilled parts of its orders (the demo pays them out in test mode).
    await page.getByText('Paid out', { exact: true }).or(page.getByText(/^No earnings yet/)).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: `/tmp/payouts-vendor-${width}.png`, fullPage: true });
    await expectNoSeriousViolations(page);
  });

  it('lets a member enable test-mode payouts for the used items they sell', async () => {
    const page = await shop.newPage();
    await page.setViewportSize({ width: 390, height: 900 });
    await logIn(page, 'ana@riders.example');
    await page.goto('/account/payouts');
    await page.getByRole('heading', { name: 'Payouts', level: 1 }).waitFor();
    await page.getByText('Not set up', { exact: true }).waitFor();
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Enable test-mode payouts' }).click();

    await page.getByText('Payouts on', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Enable test-mode payouts' }).count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: '/tmp/payouts-member-390.png', fullPage: true });
    await expectNoSeriousViolations(page);
  });
});
