import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

/** Vendors as a new seller meets them (decision 0037): apply, get approved by the brand manager, see the team; the directory and a vendor page. */
describe('vendors', () => {
  const SLOW = 240_000;
  const shop = useShopInBrowser();

  it('a member applies to sell, the brand manager approves, and the new vendor sees their team', async () => {
    const member = await shop.newPage();
    await logIn(member, 'ben@riders.example');
    await member.goto('/sell');
    await member.getByRole('heading', { level: 1, name: 'Sell on Ridgeline Cycles' }).waitFor();
    // Checked beside the fields before anything is sent.
    await member.getByRole('button', { name: 'Send application' }).click();
    await member.getByText('Give your business name').waitFor();
    await member.getByText('Choose at least one category').waitFor();
    await expectNoSeriousViolations(member);

    await member.getByLabel('Business name').fill('Climb Club Coaching');
    await member.getByLabel('What you would offer').fill('Climbing-focused coaching plans and hill repeats sessions for riders preparing for the Alps.');
    await member.getByLabel('Bikes').check();
    await member.getByLabel('Website (optional)').fill('not a website');
    await member.getByLabel('Where you work or deliver').fill('Munich and online');
    await member.getByRole('button', { name: 'Send application' }).click();
    await member.getByText('Enter a full web address, e.g. https://example.com').waitFor();
    await member.getByLabel('Website (optional)').fill('https://climbclub.example');
    await member.getByRole('button', { name: 'Send application' }).click();
    await member.getByText(/We received Climb Club Coaching’s application/).waitFor();
    await expectNoSeriousViolations(member);
    for (const width of [390, 1366]) {
      await member.setViewportSize({ width, height: 900 });
      await screenshot(member, `vendors-sell-${width}`);
    }

    const manager = await shop.newPage();
    await logIn(manager, 'manager@ridgeline.example');
    await manager.goto('/manage/vendors');
    await manager.getByRole('heading', { level: 1, name: 'Vendors' }).waitFor();
    // Chloe's demo application waits too.
    await manager.getByRole('heading', { level: 2, name: 'Long Way Round Tours' }).waitFor();
    const item = manager.getByRole('listitem').filter({ has: manager.getByRole('heading', { name: 'Climb Club Coaching' }) });
    await expectNoSeriousViolations(manager);
    for (const width of [390, 1366]) {
      await manager.setViewportSize({ width, height: 900 });
      await screenshot(manager, `vendors-manage-${width}`);
    }
    await item.getByRole('button', { name: 'Approve' }).click();
    await manager.getByRole('alertdialog', { name: 'Approve Climb Club Coaching?' }).getByRole('button', { name: 'Approve' }).click();
    await manager.getByText('Climb Club Coaching is a vendor now').first().waitFor();
    await manager.getByRole('tab', { name: 'Vendors' }).click();
    await manager.getByRole('link', { name: 'Climb Club Coaching' }).waitFor();
    await manager.getByRole('link', { name: 'VeloFit Studio' }).waitFor();
    await expectNoSeriousViolations(manager);

    await member.goto('/sell');
    await member.getByText('Approved').waitFor();
    await member.getByRole('link', { name: 'Go to your vendor area' }).click();
    await member.getByRole('heading', { level: 1, name: 'Climb Club Coaching: team' }).waitFor();
    await member.getByText('Ben Climber').waitFor();
    await member.getByRole('heading', { name: 'Invite staff' }).waitFor();
    await expectNoSeriousViolations(member);
    for (const width of [390, 1366]) {
      await member.setViewportSize({ width, height: 900 });
      await screenshot(member, `vendors-team-${width}`);
    }
  }, SLOW);

  it('shows the directory and a vendor page with its products and services, server-rendered', async () => {
    const page = await shop.newPage();
    const response = await page.goto('/vendors');
    expect(await response!.text()).toContain('Spoke &amp; Wrench Workshop');
    await page.getByRole('heading', { level: 1, name: 'Vendors' }).waitFor();
    await page.getByText('Hamburg and surroundings; tools shipped across Germany').waitFor();
    await expectNoSeriousViolations(page);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `vendors-directory-${width}`);
    }

    await page.getByRole('link', { name: 'VeloFit Studio' }).click();
    await page.getByRole('heading', { level: 1, name: 'VeloFit Studio' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Products' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Services' }).waitFor();
    await expectNoSeriousViolations(page);
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `vendors-page-${width}`);
    }
    const services = page.getByRole('region', { name: 'Services' });
    await services.getByText('1 h 30 min').waitFor();
    await services.getByRole('link', { name: 'Bike fit' }).click();
    await page.waitForURL('**/services/bike-fit');
    // The service page names its vendor with a link back to the vendor's page.
    await page.getByRole('heading', { level: 1, name: 'Bike fit' }).waitFor();
    await page.getByRole('link', { name: 'VeloFit Studio' }).click();
    await page.getByRole('heading', { level: 1, name: 'VeloFit Studio' }).waitFor();

    const missing = await page.goto('/vendors/no-such-vendor');
    expect(missing!.status()).toBe(404);
  }, SLOW);

  it('sends /products/:slug of a service or a used item to its own page, on the server and in the browser', async () => {
    const page = await shop.newPage();
    for (const [from, to] of [
      ['/products/bike-fit', '/services/bike-fit'],
      ['/products/summit-al-gravel-size-m-two-seasons', '/used/summit-al-gravel-size-m-two-seasons'],
    ]) {
      const answer = await fetch(new URL(from, shop.server().baseUrl), { redirect: 'manual' });
      expect(answer.status).toBe(301);
      expect(new URL(answer.headers.get('location')!, shop.server().baseUrl).pathname).toBe(to);
      await page.goto(from);
      await page.waitForURL(`**${to}`);
    }
    // A goods product stays where it is; an unknown slug is still a 404.
    expect((await page.goto('/products/chamois-cream-150-ml'))!.status()).toBe(200);
    expect((await page.goto('/products/no-such-product'))!.status()).toBe(404);
    // A link inside the app (no server round trip) lands on the service page too.
    await page.goto('/shop');
    await page.evaluate(() => {
      window.history.pushState({}, '', '/products/bike-fit');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForURL('**/services/bike-fit');
    await page.getByRole('heading', { level: 1, name: 'Bike fit' }).waitFor();
  }, SLOW);
});
