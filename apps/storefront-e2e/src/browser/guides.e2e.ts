import sharp from 'sharp';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { api } from '../support/shop-api';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

/** A photo of a finished job, as a phone would send it. */
const photo = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: '#2f5d50' } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><circle cx="600" cy="450" r="300" fill="#c4572e"/></svg>') }])
    .jpeg()
    .toBuffer();

/** Guides as a new user meets them: write one, publish it; another rider fills the cart from it and posts "I made this". */
describe('guides', () => {
  // A form filled field by field and accessibility scans: more than the default on a busy machine.
  const SLOW = 240_000;
  const shop = useShopInBrowser();
  let guidePath: string;

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
    guidePath = new URL(page.url()).pathname;
    expect(guidePath).toMatch(/^\/community\/guides\/[0-9a-f-]{36}$/);
    const steps = page.getByRole('region', { name: 'Steps' }).getByRole('heading', { level: 3 });
    expect(await steps.allTextContents()).toEqual(['Step 1: Take the wheel out', 'Step 2: Push the pistons back']);
    const needs = page.getByRole('complementary', { name: 'What you need' });
    await needs.getByRole('link', { name: 'Torque Wrench 2-20 Nm' }).waitFor();
    await needs.getByText('2 ×').waitFor();
    await page.getByRole('link', { name: 'Edit guide' }).waitFor();
    expect(await page.getByText('Draft: only you can see it').count()).toBe(0);
    await expectNoSeriousViolations(page);
  }, SLOW);

  it('adds every linked tool and part to the cart in one click, and takes an "I made this" post with a photo', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ben@riders.example');
    await page.goto(guidePath);
    await page.getByRole('heading', { level: 1, name: 'Swap disc brake pads' }).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Add all to cart' }).click();
    await page.getByText('Added 1 item to your cart').first().waitFor();
    const { cart } = await api<{ cart: { items: { quantity: number; variant: { sku: string } }[] } }>(page, `{ cart { items { quantity variant { sku } } } }`);
    expect(cart.items.map((item) => [item.variant.sku, item.quantity])).toEqual([['RIDGELINE-TORQUE-WRENCH-1', 1]]);

    const form = page.getByRole('form', { name: 'Made it? Show it' });
    await form.getByRole('button', { name: 'Post “I made this”' }).click();
    await form.getByText('Add a photo of what you made').waitFor();
    await form.getByLabel('Add a photo').setInputFiles({ name: 'pads.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await form.getByLabel('Describe the photo').fill('New pads fitted, wheel back in');
    await form.getByRole('button', { name: 'Add photo' }).click();
    await form.getByText('New pads fitted, wheel back in').waitFor();
    await form.getByLabel('A note (optional)').fill('Took **15 minutes**.');
    await form.getByRole('button', { name: 'Post “I made this”' }).click();
    const gallery = page.getByRole('region', { name: 'I made this' });
    await gallery.getByRole('img', { name: 'New pads fitted, wheel back in' }).waitFor();
    await gallery.getByText('1 rider has followed this guide.').waitFor();
    await page.getByRole('form', { name: 'You made this: replace your photo' }).waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'guide-page-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'guide-page-phone');
  }, SLOW);
});
