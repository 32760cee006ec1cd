import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** Both widths: the page fits the phone and is scanned at each; screenshots for review. */
async function checkWidths(page: Page, name: string): Promise<void> {
  for (const [size, suffix] of [[DESKTOP, ''], [PHONE, '-phone']] as const) {
    await page.setViewportSize(size);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await expectNoSeriousViolations(page);
    await screenshot(page, `bookings-${name}${suffix}`);
  }
  await page.setViewportSize(DESKTOP);
}

/** A rider books the demo bike fit and pays in test mode; the vendor sees the booking and confirms it. */
describe('bookings', () => {
  const SLOW = 240_000;
  const shop = useShopInBrowser();

  it('a rider books a slot of the bike fit, sees it held in the cart, and pays in test mode', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ben@riders.example');
    await page.goto('/services');
    await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    await page.getByRole('link', { name: 'Bike fit' }).waitFor();
    await checkWidths(page, 'services');

    await page.getByRole('link', { name: 'Bike fit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bike fit' }).waitFor();
    await page.getByText('by VeloFit Studio').waitFor();
    await page.getByText(/Times in Europe\/Berlin/).waitFor();
    await checkWidths(page, 'service');

    // The first open time of the first day; "Book" holds it and goes to the cart.
    await page.getByRole('radio').and(page.locator(':not([disabled])')).first().check();
    await page.getByRole('button', { name: /^Book / }).click();
    await page.getByRole('heading', { name: /Your cart/, level: 1 }).waitFor();
    const line = page.getByRole('list', { name: 'Items in your cart' }).getByRole('listitem').filter({ hasText: 'Bike fit' });
    await line.getByText(/Held for \d+:\d\d/).waitFor();
    await line.locator('time').waitFor();
    await checkWidths(page, 'cart');

    await page.getByRole('link', { name: 'Checkout' }).click();
    await page.getByRole('heading', { name: 'Checkout', level: 1 }).waitFor();
    await page.getByRole('complementary', { name: 'Order summary' }).getByText('Bike fit').waitFor();
    await page.getByLabel('Full name').fill('Ben Climber');
    await page.getByLabel('Street and number').fill('Bergstraße 12');
    await page.getByLabel('Postcode').fill('10115');
    await page.getByLabel('City').fill('Berlin');
    // Only a service in the cart: nothing is shipped, so no paid method is offered and the summary charges none.
    await page.getByTestId('nothing-to-ship').getByText('services are booked, not sent').waitFor();
    await page.getByRole('group', { name: 'Your address' }).waitFor();
    expect(await page.getByRole('radio', { name: /Standard|Express/ }).count()).toBe(0);
    expect(await page.getByTestId('summary-shipping').textContent()).toBe('None');
    await checkWidths(page, 'checkout');
    await page.getByRole('button', { name: 'Place order (test mode)' }).click();
    await page.getByRole('heading', { name: /Thank you for your order/, level: 1 }).waitFor();
    await page.getByText('Services are booked, not sent: the seller confirms your time').waitFor();
    await checkWidths(page, 'confirmation');

    await page.goto('/account/bookings');
    await page.getByRole('heading', { level: 1, name: 'Your bookings' }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    await upcoming.getByText('Paid, awaiting confirmation').waitFor();
    await upcoming.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('dialog').getByText(/full refund if you cancel before/).waitFor();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await checkWidths(page, 'my-bookings');
  }, SLOW);

  it('the vendor sees the booking with the rider’s name and confirms it; listing a service passes the scan', async () => {
    const page = await shop.newPage();
    await logIn(page, 'fitting@velofit.example');
    await page.goto('/vendor/bookings');
    await page.getByRole('heading', { level: 1, name: 'Bookings' }).waitFor();
    const booking = page.getByRole('region', { name: 'Upcoming' }).getByRole('article').filter({ hasText: 'Rider: Ben Climber' });
    await booking.getByText('Paid, awaiting confirmation').waitFor();
    await checkWidths(page, 'vendor-bookings');
    await booking.getByRole('button', { name: 'Confirm' }).click();
    await booking.getByText('Confirmed').waitFor();
    // The past bookings of the demo, reviewed by both sides.
    await page.getByRole('region', { name: 'Completed and cancelled' }).getByText(/Rider: \d of 5/).first().waitFor();
    await expectNoSeriousViolations(page);

    await page.goto('/vendor/services/new');
    await page.getByRole('heading', { level: 1, name: 'List a service' }).waitFor();
    await page.getByRole('button', { name: 'List the service' }).click();
    await page.getByText('Give the service a name').waitFor();
    await checkWidths(page, 'new-service');
  }, SLOW);
});
