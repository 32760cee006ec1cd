import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

const photo = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: '#e9e2d6' } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><rect x="300" y="250" width="600" height="400" rx="60" fill="#4a5561"/><circle cx="600" cy="450" r="120" fill="#c4572e"/></svg>') }])
    .jpeg()
    .toBuffer();

/** Both widths, each page: a screenshot, and nothing wider than the phone. */
async function atBothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

/**
 * Listings as a vendor and the brand meet them (decision 0038): VeloFit lists a product with a photo;
 * it is hidden until Maya approves it in the review queue, where Spoke & Wrench's price change shows
 * before and after; then it is in the shop. Every page passes the accessibility scan.
 */
describe('vendor listings', () => {
  const shop = useShopInBrowser();
  const title = 'Saddle Height Gauge';

  it('a demo vendor lists a product, the brand manager approves it, and it appears in the shop', async () => {
    const vendor = await shop.newPage();
    await logIn(vendor, 'fitting@velofit.example');
    await vendor.getByRole('banner').getByRole('button', { name: 'Vendor' }).click();
    await vendor.getByRole('menu').getByRole('menuitem', { name: 'Listings' }).click();
    await vendor.getByRole('heading', { name: 'Your listings', level: 1 }).waitFor();
    await vendor.getByRole('heading', { name: 'Pressure-Mapped Saddle' }).waitFor();
    expect(await vendor.getByText('Pending review', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    await expectNoSeriousViolations(vendor);
    await atBothWidths(vendor, 'vendor-listings');

    await vendor.getByRole('link', { name: 'List a product' }).first().click();
    await vendor.getByRole('heading', { name: 'List a product', level: 1 }).waitFor();
    await vendor.getByLabel('Title').fill(title);
    await vendor.getByLabel('Description').fill('Measures saddle height from the pedal axle in one move: the number our fitters start from.');
    const parts = vendor.locator('option', { hasText: 'Parts' });
    await parts.waitFor({ state: 'attached' });
    await vendor.getByLabel('Category').selectOption((await parts.getAttribute('value'))!);
    await vendor.getByLabel('Variant 1 name', { exact: true }).fill('Standard');
    await vendor.getByLabel('Price', { exact: true }).fill('34.90');
    await vendor.getByLabel('Stock', { exact: true }).fill('12');
    await vendor.getByRole('button', { name: 'Add a spec' }).click();
    await vendor.getByLabel('Spec 1', { exact: true }).fill('Range');
    await vendor.getByLabel('Value', { exact: true }).fill('60–95 cm');
    await vendor.getByLabel('Add a photo').setInputFiles({ name: 'gauge.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await vendor.getByLabel('Describe the photo').fill('The gauge on its stand');
    await vendor.getByRole('button', { name: 'Add photo', exact: true }).click();
    await vendor.getByRole('button', { name: 'Remove “The gauge on its stand”' }).waitFor();
    await expectNoSeriousViolations(vendor);
    await atBothWidths(vendor, 'listing-form');
    await vendor.getByRole('button', { name: 'Send for review' }).click();

    await vendor.getByRole('heading', { name: 'Your listings', level: 1 }).waitFor();
    const card = vendor.locator('.listing-card', { has: vendor.getByRole('heading', { name: title }) });
    await card.getByText('Pending review', { exact: true }).waitFor();
    // Hidden from shoppers until approved.
    const shopper = await shop.newPage();
    await shopper.goto('/shop');
    await shopper.getByRole('heading', { level: 1 }).first().waitFor();
    await shopper.waitForLoadState('networkidle');
    expect(await shopper.getByRole('link', { name: title }).count()).toBe(0);

    // The edit page of a live listing says how changes are reviewed.
    await vendor.locator('.listing-card', { has: vendor.getByRole('heading', { name: 'Pressure-Mapped Saddle' }) }).getByRole('link', { name: 'Edit “Pressure-Mapped Saddle”' }).click();
    await vendor.getByRole('heading', { name: 'Edit “Pressure-Mapped Saddle”', level: 1 }).waitFor();
    await vendor.getByText('This listing is live.', { exact: false }).waitFor();
    await expectNoSeriousViolations(vendor);
    await atBothWidths(vendor, 'listing-edit');

    const manager = await shop.newPage();
    await logIn(manager, 'manager@ridgeline.example');
    await manager.goto('/manage/listings');
    await manager.getByRole('heading', { name: 'Listing review', level: 1 }).waitFor();
    await manager.getByRole('heading', { name: title }).waitFor();
    // Spoke & Wrench's price change waits with the price on sale and the proposed one.
    const wax = manager.locator('.review-item', { has: manager.getByRole('heading', { name: 'Chain Wax, 250 g' }) });
    await wax.getByText('€19.90').waitFor();
    await wax.getByText('€21.90').waitFor();
    await expectNoSeriousViolations(manager);
    await atBothWidths(manager, 'listing-review');

    await manager.getByRole('button', { name: `Approve “${title}”` }).click();
    await manager.getByRole('alertdialog').getByRole('button', { name: 'Approve', exact: true }).click();
    await manager.getByText(`“${title}” is on sale`, { exact: true }).waitFor();
    await manager.getByRole('heading', { name: title }).waitFor({ state: 'detached' });

    await shopper.goto('/shop');
    await shopper.getByRole('link', { name: title }).first().click();
    await shopper.getByRole('heading', { name: title, level: 1 }).waitFor();
    await shopper.getByText('€34.90').first().waitFor();
    await expectNoSeriousViolations(shopper);

    await vendor.goto('/vendor/listings');
    await card.getByText('Live', { exact: true }).waitFor();
  }, 240_000);
});
