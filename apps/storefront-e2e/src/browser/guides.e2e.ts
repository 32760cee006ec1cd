import { expectNoSeriousViolations } from '../support/accessibility';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

/** Guides as a new user meets them: write one with the editor and publish it. */
describe('guides', () => {
  // A form filled field by field and accessibility scans: more than the default on a busy machine.
  const SLOW = 240_000;
  const shop = useShopInBrowser();

  it('lets a rider write a guide with steps, a tool from the shop and a free-text part, and publish it', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ana@riders.example');
    await page.goto('/community/guides/new');
    await page.getByRole('heading', { level: 1, name: 'Write a guide' }).waitFor();

    // Publishing checks beside the fields first.
    await page.getByRole('button', { name: 'Publish guide' }).click();
    await page.getByText('Give the guide a title').waitFor();

    await page.getByLabel('Title').fill('Swap disc brake pads');
    await page.getByLabel('Difficulty').selectOption({ label: 'Moderate' });
    await page.getByLabel('Time (minutes)').fill('20');
    await page.getByLabel('Introduction').fill('Squealing brakes or pads **under 1.5 mm**? Swap them.');
    await page.getByRole('button', { name: 'Add a tool' }).click();
    await page.getByLabel('From the shop (tool 1)').selectOption({ label: 'Torque Wrench 2-20 Nm' });
    await page.getByRole('button', { name: 'Add a part' }).click();
    await page.getByLabel('Name').fill('Resin disc pads');
    await page.getByLabel('Qty').nth(1).fill('2');
    await page.getByLabel('What to do').fill('Take the wheel out');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByLabel('What to do').nth(1).fill('Push the pistons back');
    await page.getByRole('button', { name: 'Move step 2 up' }).click();
    expect(await page.getByLabel('What to do').first().inputValue()).toBe('Push the pistons back');
    await page.getByRole('button', { name: 'Move step 1 down' }).click();
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Publish guide' }).click();
    await page.getByRole('heading', { level: 1, name: 'Swap disc brake pads' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/community\/guides\/[0-9a-f-]{36}$/);
    const steps = page.getByRole('region', { name: 'Steps' }).getByRole('heading', { level: 3 });
    expect(await steps.allTextContents()).toEqual(['Step 1: Take the wheel out', 'Step 2: Push the pistons back']);
    const needs = page.getByRole('complementary', { name: 'What you need' });
    await needs.getByRole('link', { name: 'Torque Wrench 2-20 Nm' }).waitFor();
    await needs.getByText('2 ×').waitFor();
    await page.getByRole('link', { name: 'Edit guide' }).waitFor();
    await expectNoSeriousViolations(page);
  }, SLOW);
});
