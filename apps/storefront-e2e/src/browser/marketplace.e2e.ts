import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** Once React has taken over the server-rendered page: before that a click goes nowhere. */
const hydrated = (page: Page) => page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')));

/** The accessibility scan at both widths, with screenshots for review. */
async function scan(page: Page, name: string): Promise<void> {
  for (const [size, suffix] of [[PHONE, '-phone'], [DESKTOP, '']] as const) {
    await page.setViewportSize(size);
    await expectNoSeriousViolations(page);
    await screenshot(page, `marketplace-${name}${suffix}`);
  }
}

/** "2026-12-02T10:00": a weekday morning a few days ahead, for the datetime-local field (the vendor's own time). */
function aMorningAhead(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return `${day.toISOString().slice(0, 10)}T10:00`;
}

/**
 * Issue 11's story, as new people meet it: a new member applies to sell, the brand manager approves
 * them; the new vendor lists a bike-fit service with a time, and the brand manager approves the
 * listing; a rider books that time and buys another vendor's product in one checkout in test mode;
 * the new vendor sees the booking and what they earn; the brand manager sees the commission. Every
 * page passes the accessibility scan.
 */
describe('the marketplace, end to end', () => {
  const shop = useShopInBrowser();
  const business = 'Hill Fit Lab';
  const service = 'Bike fit at Hill Fit Lab';

  it('apply, approve, list a service, approve it, book it with a vendor product in one checkout, and everyone sees their side', async () => {
    // A new member signs up and applies to sell.
    const dana = await shop.newPage();
    await dana.goto('/sign-up');
    await dana.getByLabel('Display name').fill('Dana Fitter');
    await dana.getByLabel('Email').fill('dana@hillfit.example');
    await dana.getByLabel('Password').fill('saddle-height-72');
    await dana.getByRole('button', { name: 'Sign up' }).click();
    await dana.getByRole('banner').getByRole('button', { name: 'Account' }).waitFor();
    await dana.goto('/sell');
    await dana.getByRole('heading', { level: 1, name: 'Sell on Ridgeline Cycles' }).waitFor();
    await dana.getByLabel('Business name').fill(business);
    await dana.getByLabel('What you would offer').fill('Professional bike fitting with pressure mapping and video analysis, for road and gravel riders.');
    await dana.getByLabel('Bikes').check();
    await dana.getByLabel('Where you work or deliver').fill('Freiburg im Breisgau');
    await scan(dana, 'apply');
    await dana.getByRole('button', { name: 'Send application' }).click();
    await dana.getByText(`We received ${business}’s application`, { exact: false }).waitFor();

    // The brand manager approves the application.
    const maya = await shop.newPage();
    await logIn(maya, 'manager@ridgeline.example');
    await maya.goto('/manage/vendors');
    await maya.getByRole('heading', { level: 1, name: 'Vendors' }).waitFor();
    const application = maya.getByRole('listitem').filter({ has: maya.getByRole('heading', { name: business }) });
    await scan(maya, 'applications');
    await application.getByRole('button', { name: 'Approve' }).click();
    await maya.getByRole('alertdialog', { name: `Approve ${business}?` }).getByRole('button', { name: 'Approve' }).click();
    await maya.getByText(`${business} is a vendor now`).first().waitFor();

    // The new vendor lists a bike-fit service and opens a time for it.
    await dana.goto('/sell');
    await dana.getByRole('link', { name: 'Go to your vendor area' }).click();
    await dana.goto('/vendor/services/new');
    await dana.getByRole('heading', { level: 1, name: 'List a service' }).waitFor();
    await dana.getByLabel('Title').fill(service);
    await dana.getByLabel('Description').fill('Ninety minutes on the jig: saddle height and setback, reach, cleats. You leave with your numbers.');
    const bikes = dana.locator('option', { hasText: 'Bikes' }).first();
    await dana.getByLabel('Category').selectOption((await bikes.getAttribute('value'))!);
    await dana.getByLabel('Price per seat (EUR)').fill('80.00');
    await dana.getByLabel('Duration (minutes)').fill('90');
    await dana.getByLabel('Seats per time').fill('1');
    await dana.getByLabel('Where it happens').selectOption({ index: 1 });
    const location = dana.getByLabel('Location');
    if (await location.count()) await location.fill('Hill Fit Lab, Kaiser-Joseph-Straße 200, Freiburg');
    else await dana.getByLabel('Meeting link').fill('https://meet.example/hillfit');
    await scan(dana, 'new-service');
    await dana.getByRole('button', { name: 'List the service' }).click();
    await dana.getByRole('heading', { level: 1, name: 'Bookings' }).waitFor();
    await dana.getByLabel(`New time for ${service}`).fill(aMorningAhead(4));
    await dana.getByRole('button', { name: 'Add time' }).first().click();
    await dana.getByText('open', { exact: true }).first().waitFor();

    // The brand manager approves the listing; until then riders cannot find it.
    const ana = await shop.newPage();
    await logIn(ana, 'ana@riders.example');
    await ana.goto('/services');
    await ana.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    expect(await ana.getByRole('link', { name: service }).count()).toBe(0);
    await maya.goto('/manage/listings');
    await maya.getByRole('heading', { name: 'Listing review', level: 1 }).waitFor();
    await maya.getByRole('heading', { name: service }).waitFor();
    await scan(maya, 'listing-review');
    await maya.getByRole('button', { name: `Approve “${service}”` }).click();
    await maya.getByRole('alertdialog').getByRole('button', { name: 'Approve', exact: true }).click();
    await maya.getByText(`“${service}” is on sale`, { exact: true }).waitFor();

    // A rider books the time and buys another vendor's product, in one checkout in test mode.
    await ana.goto('/services');
    await ana.getByRole('link', { name: service }).click();
    await ana.getByRole('heading', { level: 1, name: service }).waitFor();
    await hydrated(ana);
    await scan(ana, 'service');
    await ana.getByRole('radio').and(ana.locator(':not([disabled])')).first().check();
    await ana.getByRole('button', { name: /^Book / }).click();
    await ana.getByRole('heading', { name: /Your cart/, level: 1 }).waitFor();
    await ana.goto('/vendors/velofit-studio');
    await ana.getByRole('heading', { level: 1, name: 'VeloFit Studio' }).waitFor();
    await ana.getByRole('link', { name: /Chamois Cream/ }).first().click();
    await ana.getByRole('heading', { level: 1, name: /Chamois Cream/ }).waitFor();
    await hydrated(ana);
    await ana.getByText('VeloFit Studio').first().waitFor();
    await ana.getByRole('button', { name: 'Add to cart' }).click();
    await ana.getByRole('dialog', { name: 'Your cart' }).waitFor();
    await ana.goto('/cart');
    const lines = ana.getByRole('list', { name: 'Items in your cart' });
    await lines.getByRole('link', { name: service }).waitFor();
    await lines.getByRole('link', { name: /Chamois Cream/ }).waitFor();
    await scan(ana, 'cart');
    await ana.getByRole('link', { name: 'Checkout' }).click();
    await ana.getByRole('heading', { name: 'Checkout', level: 1 }).waitFor();
    const fullName = ana.getByLabel('Full name');
    if (!(await fullName.inputValue())) {
      await fullName.fill('Ana Rider');
      await ana.getByLabel('Street and number').fill('Bergstraße 12');
      await ana.getByLabel('Postcode').fill('10115');
      await ana.getByLabel('City').fill('Berlin');
    }
    await scan(ana, 'checkout');
    await ana.getByRole('button', { name: 'Place order (test mode)' }).click();
    await ana.getByRole('heading', { name: /Thank you for your order/, level: 1 }).waitFor();
    const orderUrl = ana.url();
    const orderId = /orders\/([0-9a-f-]{36})/.exec(orderUrl)?.[1];
    expect(orderId).toBeDefined();
    await scan(ana, 'confirmation');
    // The rider sees the order by seller, and never the commission.
    await ana.goto(`/orders/${orderId}`);
    await ana.getByRole('heading', { name: `Sold by ${business}` }).waitFor();
    await ana.getByRole('heading', { name: 'Sold by VeloFit Studio' }).waitFor();
    expect(await ana.getByText(/commission/i).count()).toBe(0);

    // The new vendor sees the booking and what it earns them.
    await dana.goto('/vendor/bookings');
    const booking = dana.getByRole('region', { name: 'Upcoming' }).getByRole('article').filter({ hasText: 'Rider: Ana Rider' });
    await booking.getByText('Paid, awaiting confirmation').waitFor();
    await scan(dana, 'vendor-bookings');
    await booking.getByRole('button', { name: 'Confirm' }).click();
    await booking.getByText('Confirmed').waitFor();
    await dana.goto('/vendor/orders');
    const part = dana.getByRole('region', { name: /Ana Rider/ }).first();
    await part.getByText(service).waitFor();
    const net = (await part.getByTestId('part-net').textContent()) ?? '';
    // €80.00 at the default 15 % commission (€12.00): the net is what the buyer paid for the part less that.
    expect(net).toMatch(/€\d+\.\d\d/);
    await scan(dana, 'vendor-orders');
    await dana.goto('/vendor');
    await dana.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await scan(dana, 'vendor-dashboard');

    // The brand manager sees the commission on the order and in the marketplace summary.
    await maya.goto(`/manage/orders/${orderId}`);
    const sellers = maya.getByRole('region', { name: 'Sellers and commission' });
    await sellers.getByText(business).waitFor();
    await sellers.getByText('€12.00').first().waitFor();
    await scan(maya, 'order-commission');
    await maya.goto('/manage/marketplace-summary');
    await maya.getByRole('heading', { level: 1, name: 'Sales & commission' }).waitFor();
    await maya.getByText('Commission earned').waitFor();
    await scan(maya, 'summary');
  }, 420_000);
});
