import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { api } from '../support/shop-api';
import { logIn, mainNav, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const VENDOR_PAGES = ['Dashboard', 'Listings', 'Orders', 'Bookings', 'Payouts', 'Team'];

interface Money {
  amountMinor: number;
  currency: string;
}
const euros = (money: Money) => new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).format(money.amountMinor / 100);

/** No sideways scrolling of the page itself. */
const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * The vendor area as the demo vendor (VeloFit Studio) meets it: the header's Vendor menu, the dashboard's
 * figures (the same the API gives its people), the period, the area's tabs and the phone drawer; the
 * brand manager's sales and commission page. Every page passes the accessibility scan at both widths.
 */
describe('the vendor dashboard', () => {
  const shop = useShopInBrowser();

  it('shows the demo vendor its figures, from the header’s Vendor menu, on a desktop and a phone', async () => {
    const page = await shop.newPage();
    await page.setViewportSize(DESKTOP);
    await logIn(page, 'fitting@velofit.example');

    // The header: Shop, Services, Used, Community, and the Vendor menu with the area's pages.
    const nav = mainNav(page);
    for (const name of ['Shop', 'Services', 'Used', 'Community']) expect(await nav.getByRole('link', { name, exact: true }).count()).toBe(1);
    expect(await nav.getByRole('button', { name: 'Manage' }).count()).toBe(0);
    await nav.getByRole('button', { name: 'Vendor' }).click();
    const menu = page.getByRole('menu');
    await menu.getByText('VeloFit Studio').waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(VENDOR_PAGES);
    await menu.getByRole('menuitem', { name: 'Dashboard' }).click();

    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/vendor');
    await page.getByRole('heading', { name: 'Sales', level: 2 }).waitFor();

    // The figures on the cards are the API's for this vendor.
    const { me } = await api<{ me: { memberships: { organisation: { id: string; name: string } }[] } }>(page, `{ me { memberships { organisation { id name } } } }`);
    const vendorId = me.memberships.find((m) => m.organisation.name === 'VeloFit Studio')!.organisation.id;
    const { vendorDashboard: board } = await api<{
      vendorDashboard: {
        sales: { gross: Money; commission: Money; net: Money };
        balance: { owed: Money };
        customers: { newCustomers: number };
        partsToFulfil: number;
        listings: { status: string; count: number }[];
      };
    }>(
      page,
      `query($id: ID!) { vendorDashboard(vendorId: $id, period: LAST_30_DAYS) {
        sales { gross { amountMinor currency } commission { amountMinor currency } net { amountMinor currency } }
        balance { owed { amountMinor currency } } customers { newCustomers } partsToFulfil listings { status count } } }`,
      { id: vendorId },
    );
    const card = (title: string) => page.getByRole('region', { name: title, exact: true });
    const sales = card('Sales');
    expect(await sales.locator('.vd-card-figure').textContent()).toBe(euros(board.sales.net));
    expect(await sales.getByRole('definition').allTextContents()).toEqual(
      expect.arrayContaining([euros(board.sales.gross), `−${euros(board.sales.commission)}`, euros(board.sales.net)]),
    );
    expect(await card('Balance').locator('.vd-card-figure').textContent()).toBe(euros(board.balance.owed));
    expect(await card('New customers').locator('.vd-card-figure').textContent()).toBe(String(board.customers.newCustomers));
    expect(await card('To fulfil').locator('.vd-card-figure').textContent()).toBe(String(board.partsToFulfil));
    expect(await card('Listings').locator('.vd-card-figure').textContent()).toBe(String(board.listings.find((row) => row.status === 'APPROVED')?.count ?? 0));
    expect(await card('Ratings').count()).toBe(1);

    // The cards lead to the area's pages, and so do the area's tabs.
    expect(await sales.getByRole('link', { name: 'Orders' }).getAttribute('href')).toBe('/vendor/orders');
    expect(await card('Balance').getByRole('link', { name: 'Payouts' }).getAttribute('href')).toBe('/vendor/payouts');
    expect(await card('Listings').getByRole('link', { name: 'Listings' }).getAttribute('href')).toBe('/vendor/listings');
    const tabs = page.getByRole('navigation', { name: 'Vendor area' });
    expect(await tabs.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/vendor',
      '/vendor/listings',
      '/vendor/orders',
      '/vendor/bookings',
      '/vendor/payouts',
      '/vendor/team',
    ]);
    expect(await tabs.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page');

    // Another period: the address keeps it, the figures follow.
    await page.getByRole('button', { name: 'Last 12 months' }).click();
    await page.waitForURL(/\?period=LAST_365_DAYS$/);
    expect(await page.getByRole('button', { name: 'Last 12 months' }).getAttribute('aria-pressed')).toBe('true');
    await card('New customers').getByText('First bought from you in the last 12 months').waitFor();
    expect(await noOverflow(page)).toBe(true);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'vendor-dashboard-desktop');

    // On a phone: the same page, one column, and the drawer's Vendor section.
    await page.setViewportSize(PHONE);
    await page.goto('/vendor');
    await page.getByRole('heading', { name: 'Sales', level: 2 }).waitFor();
    expect(await noOverflow(page)).toBe(true);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'vendor-dashboard-phone');
    await page.getByRole('button', { name: 'Menu' }).click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await drawer.getByRole('heading', { name: 'Vendor · VeloFit Studio' }).waitFor();
    for (const name of VENDOR_PAGES) expect(await drawer.getByRole('link', { name, exact: true }).count()).toBeGreaterThanOrEqual(1);
    expect(await drawer.getByRole('link', { name: 'Services', exact: true }).count()).toBe(1);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'vendor-drawer-phone');
  });

  it('shows the brand manager the commission earned and each vendor’s sales', async () => {
    const page = await shop.newPage();
    await page.setViewportSize(DESKTOP);
    await logIn(page, 'manager@ridgeline.example');
    await openManagePage(page, 'Sales & commission');
    await page.getByRole('heading', { name: 'Sales & commission', level: 1 }).waitFor();
    const { brandMarketplaceSummary: summary } = await api<{ brandMarketplaceSummary: { commissionEarned: Money; vendors: { name: string }[] } }>(
      page,
      `{ brandMarketplaceSummary(period: LAST_30_DAYS) { commissionEarned { amountMinor currency } vendors { name } } }`,
    );
    const commission = page.getByRole('region', { name: 'Commission earned' });
    expect(await commission.locator('.vd-card-figure').textContent()).toBe(euros(summary.commissionEarned));
    const vendors = page.getByRole('table', { name: /Each vendor’s sales/ });
    for (const vendor of summary.vendors) await vendors.getByRole('rowheader', { name: vendor.name }).waitFor();
    expect(await noOverflow(page)).toBe(true);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'marketplace-summary-desktop');

    await page.setViewportSize(PHONE);
    expect(await noOverflow(page)).toBe(true);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'marketplace-summary-phone');

    // Not for vendors: the page is a brand manager's.
    const vendor = await shop.newPage();
    await logIn(vendor, 'fitting@velofit.example');
    await vendor.goto('/manage/marketplace-summary');
    await vendor.getByRole('heading', { name: 'Not available', level: 1 }).waitFor();
  });
});
