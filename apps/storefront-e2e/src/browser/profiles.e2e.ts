import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { api, buyThroughApi } from '../support/shop-api';
import { logIn, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** Reviews come from buyers: the member buys the product first, then reviews it. */
async function review(page: Page, slug: string, rating: number, body: string): Promise<void> {
  await buyThroughApi(page, [slug]);
  const { product } = await api<{ product: { id: string } }>(page, `query($slug: String!) { product(slug: $slug) { id } }`, { slug });
  await api(page, `mutation($input: PostReviewInput!) { postReview(input: $input) { id } }`, { input: { productId: product.id, rating, body } });
}

/**
 * Public profiles as members meet them: a rider writes a bio and sees their profile; reviews show who
 * wrote them, and the badges only the platform grants tell the brand's Maya Brandt from a namesake;
 * a brand manager grants and removes roles and the expert badge on the Members page.
 */
describe('public member profiles and badges', () => {
  const shop = useShopInBrowser();

  it('lets a rider write a bio and see the profile everyone sees, with their reviews', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ana@riders.example');
    await page.getByLabel('Bio').fill('Gravel weekends around Lake Constance, coffee stops mandatory.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    await expectNoSeriousViolations(page);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'account-profile-editor-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'account-profile-editor-desktop');
    await review(page, 'summit-al-gravel', 5, 'Light, stiff and happy on rough forest roads.');

    await page.getByRole('link', { name: 'your profile' }).click();
    await page.getByRole('heading', { name: 'Ana Rider', level: 1, exact: true }).waitFor();
    expect(await page.getByText('Gravel weekends around Lake Constance').count()).toBe(1);
    expect(await page.getByText(/^Member since /).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Summit AL Gravel Bike' }).count()).toBe(1);
    expect(await page.getByText('ana@riders.example').count()).toBe(0);
    expect(await page.title()).toBe('Ana Rider · Ridgeline Cycles');
    await expectNoSeriousViolations(page);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'member-profile-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'member-profile-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('shows who wrote each review, and the badge that tells the brand’s staff from a namesake', async () => {
    const namesake = await shop.newPage();
    await namesake.goto('/sign-up');
    await namesake.getByLabel('Display name').fill('Maya Brandt');
    await namesake.getByLabel('Email').fill('not-maya@riders.example');
    await namesake.getByLabel('Password').fill('pretending-is-easy');
    await namesake.getByRole('button', { name: 'Sign up' }).click();
    await namesake.getByRole('heading', { name: 'Hello, Maya Brandt' }).waitFor();
    await review(namesake, 'ridgeline-saddle-comfort', 1, 'Official statement from Ridgeline: do not buy this saddle.');

    const maya = await shop.newPage();
    await logIn(maya, 'manager@ridgeline.example');
    await review(maya, 'ridgeline-saddle-comfort', 5, 'We tested it on 300 km brevets before releasing it.');
    const vendor = await shop.newPage();
    await logIn(vendor, 'fitting@velofit.example');
    await review(vendor, 'ridgeline-saddle-comfort', 4, 'Our fitting clients with sit-bone pain like the channel.');

    const visitor = await shop.newPage();
    await visitor.goto('/products/ridgeline-saddle-comfort');
    const reviews = visitor.getByRole('region', { name: 'Reviews' });
    await reviews.getByText('We tested it on 300 km brevets').waitFor();
    const item = (text: string) => reviews.getByRole('listitem').filter({ hasText: text });
    expect(await item('We tested it').textContent()).toContain('Ridgeline Cycles staff');
    expect(await item('Official statement').textContent()).not.toContain('staff');
    expect(await item('Our fitting clients').textContent()).toContain('Vendor · VeloFit Studio');
    await expectNoSeriousViolations(visitor);
    await visitor.setViewportSize(DESKTOP);
    await screenshot(visitor, 'product-reviews-with-badges-desktop');
    await visitor.setViewportSize(PHONE);
    await screenshot(visitor, 'product-reviews-with-badges-phone');

    await item('We tested it').getByRole('link', { name: 'Maya Brandt' }).click();
    await visitor.getByRole('heading', { name: 'Maya Brandt', level: 1, exact: true }).waitFor();
    expect(await visitor.getByText('Ridgeline Cycles staff').count()).toBe(1);
    expect(await visitor.getByText('We tested it on 300 km brevets').count()).toBe(1);
  });

  it('lets a brand manager grant and remove roles and the expert badge on the Members page', async () => {
    const page = await shop.newPage();
    await logIn(page, 'manager@ridgeline.example');
    await openManagePage(page, 'Members');
    await page.getByRole('table').waitFor();
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

    await row('Ben Climber').getByLabel('Role to grant to Ben Climber').selectOption('MODERATOR');
    await row('Ben Climber').getByRole('button', { name: 'Grant' }).click();
    await row('Ben Climber').getByRole('button', { name: 'Remove the Moderator role from Ben Climber' }).waitFor();

    await row('Chloe Tourer').getByRole('button', { name: 'Mark as expert' }).click();
    await row('Chloe Tourer').getByRole('button', { name: 'Remove expert badge' }).waitFor();
    expect(await row('Chloe Tourer').textContent()).toContain('Expert');

    // The platform keeps its last brand manager: the refusal shows on the row.
    // Removing a role asks first; the refusal shows in that dialog.
    await row('Maya Brandt').filter({ hasText: 'manager@ridgeline.example' }).getByRole('button', { name: 'Remove the Brand manager role from Maya Brandt' }).click();
    const stepDown = page.getByRole('alertdialog', { name: 'Remove the Brand manager role from Maya Brandt?' });
    await stepDown.getByRole('button', { name: 'Remove role' }).click();
    await stepDown.getByText('The platform needs a brand manager').waitFor();
    await expectNoSeriousViolations(page);
    await stepDown.getByRole('button', { name: 'Cancel' }).click();
    await stepDown.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1024, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'members-roles-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'members-roles-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);

    await row('Ben Climber').getByRole('button', { name: 'Remove the Moderator role from Ben Climber' }).click();
    await page.getByRole('alertdialog', { name: 'Remove the Moderator role from Ben Climber?' }).getByRole('button', { name: 'Remove role' }).click();
    await page.getByRole('region', { name: /Notifications/ }).getByText('Ben Climber is no longer a moderator', { exact: true }).waitFor();
    await row('Ben Climber').getByRole('button', { name: 'Remove the Moderator role from Ben Climber' }).waitFor({ state: 'detached' });
    expect(await row('Ben Climber').getByRole('listitem').allTextContents()).toEqual(['Member']);

    // Everyone sees Chloe's new badge on her profile.
    const visitor = await shop.newPage();
    await visitor.goto(await row('Chloe Tourer').getByRole('link', { name: 'Chloe Tourer' }).getAttribute('href').then((href) => href!));
    await visitor.getByRole('heading', { name: 'Chloe Tourer', level: 1, exact: true }).waitFor();
    // Once, by her name (her contributions' cards further down show her badges too).
    expect(await visitor.locator('.member-profile-header').getByText('Expert', { exact: true }).count()).toBe(1);
  });
});
