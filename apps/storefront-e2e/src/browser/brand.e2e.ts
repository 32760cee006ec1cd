import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { HOME_HEADING, logIn, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

/**
 * The brand manager's Brand page: a colour too light for the page is refused beside the field as it
 * is typed, with the measured contrast; a good one shows in the live preview, and once saved the
 * whole shop takes it (the open page at once, and the next page's HTML from the server), with the
 * new hero on the home page.
 */
describe('brand settings', () => {
  const shop = useShopInBrowser();

  const rootVariable = (page: Page, name: string) =>
    page.evaluate((variable) => getComputedStyle(document.documentElement).getPropertyValue(variable).trim(), name);

  it('lets the brand manager pick readable colours and a new hero, and the shop follows', async () => {
    const page = await shop.newPage();
    await logIn(page, 'manager@ridgeline.example');
    await openManagePage(page, 'Brand');
    await page.getByRole('heading', { name: 'Brand', level: 1 }).waitFor();
    await expectNoSeriousViolations(page);

    const primary = page.getByLabel('Primary colour', { exact: true });
    await primary.fill('#ffd400');
    await page.getByText('The primary colour is too light to stand out on the white page (1.3:1, needs 3:1): choose a darker shade').waitFor();
    expect(await primary.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Save brand' }).click();
    expect(await rootVariable(page, '--color-primary')).toBe('#1f5f4a');

    await primary.fill('#0B3D91');
    await page.getByLabel('Title', { exact: true }).fill('Built for the long way round');
    // The preview shows the unsaved colour and title.
    const preview = page.getByRole('complementary', { name: 'Preview' });
    await preview.getByText('Built for the long way round').waitFor();
    expect(await preview.locator('.brand-preview-canvas').evaluate((canvas) => getComputedStyle(canvas).getPropertyValue('--color-primary').trim())).toBe('#0b3d91');
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Save brand' }).click();
    await page.getByRole('status').filter({ hasText: 'Brand saved' }).waitFor();
    expect(await rootVariable(page, '--color-primary')).toBe('#0b3d91');

    // Another visitor: the server's HTML carries the colours and the hero's new title.
    const visitor = await shop.newPage();
    const html = await (await visitor.goto('/'))!.text();
    expect(html).toContain('--color-primary:#0b3d91');
    await visitor.getByRole('heading', { name: 'Built for the long way round', level: 1 }).waitFor();
    expect(await rootVariable(visitor, '--color-primary')).toBe('#0b3d91');
    expect(await visitor.getByRole('heading', { name: HOME_HEADING }).count()).toBe(0);
  });
});
