import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

const photo = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: '#6b8f71' } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><circle cx="380" cy="600" r="200" fill="none" stroke="#222" stroke-width="30"/><circle cx="840" cy="600" r="200" fill="none" stroke="#222" stroke-width="30"/></svg>') }])
    .jpeg()
    .toBuffer();

async function both(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
}

/**
 * The used market as riders meet it (decision 0042): Chloe confirms she is an adult and lists her
 * used bike with a photo; a stolen serial is refused on the form; Ben buys Chloe's bike through the
 * normal cart and checkout and confirms receipt on his order; Maya sees the claims queue and the
 * stolen-bike list. Every page is scanned.
 */
describe('used-item resale', () => {
  const shop = useShopInBrowser();

  it('a rider lists a used bike with a photo, a stolen serial is refused, another rider buys it and confirms receipt', async () => {
    const serial = `CH${Date.now().toString(36).toUpperCase()}`;
    const chloe = await shop.newPage();
    await logIn(chloe, 'chloe@riders.example');
    await chloe.goto('/account/selling');
    await chloe.getByRole('heading', { name: 'Selling', level: 1 }).waitFor();
    const confirm = chloe.getByRole('button', { name: 'I confirm I am 18 or older' });
    if (await confirm.count()) await confirm.click();
    await chloe.getByRole('heading', { name: 'List a used item' }).waitFor();
    await chloe.getByLabel('Condition').selectOption('LIKE_NEW');
    await chloe.getByLabel('Title').fill('Chloe’s gravel bike, size S');
    await chloe.getByLabel('Price (€)').fill('750');
    await chloe.getByLabel('Brand').fill('Ridgeline');
    await chloe.getByLabel('Model').fill('Summit AL');
    await chloe.getByLabel('Frame size').fill('S');
    await chloe.getByLabel('Year').fill('2023');
    await chloe.getByLabel('Description').fill('Ridden on weekends, always kept indoors.');
    // A serial on the demo's stolen list is refused, on its field.
    await chloe.getByLabel('Frame serial number').first().fill('wtu-0829-44x');
    await chloe.getByRole('button', { name: 'List it for sale' }).click();
    await chloe.getByText('This frame serial is on the stolen-bike list').waitFor();
    await expectNoSeriousViolations(chloe);

    await chloe.getByLabel('Frame serial number').first().fill(serial);
    await chloe.getByLabel('Add a photo').setInputFiles({ name: 'bike.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await chloe.getByLabel('Describe the photo').fill('My gravel bike leaning on a wall');
    await chloe.getByRole('button', { name: 'Add photo', exact: true }).click();
    await chloe.getByRole('button', { name: 'Remove “My gravel bike leaning on a wall”' }).waitFor();
    await both(chloe, 'resale-selling-form');
    await chloe.getByRole('button', { name: 'List it for sale' }).click();
    await chloe.getByRole('link', { name: 'Chloe’s gravel bike, size S' }).waitFor();

    const ben = await shop.newPage();
    await logIn(ben, 'ben@riders.example');
    await ben.goto('/used?kind=BIKE');
    await ben.getByRole('heading', { name: 'Used bikes and parts', level: 1 }).waitFor();
    await expectNoSeriousViolations(ben);
    await both(ben, 'resale-market');
    await ben.getByRole('link', { name: 'Chloe’s gravel bike, size S' }).click();
    await ben.getByRole('heading', { name: 'Chloe’s gravel bike, size S', level: 1 }).waitFor();
    await ben.getByText('your money is held until you confirm receipt').waitFor();
    expect(await ben.getByText(serial).count()).toBe(0);
    await ben.getByText(`••••••${serial.slice(-3)}`).waitFor();
    await expectNoSeriousViolations(ben);
    await both(ben, 'resale-item');
    await ben.setViewportSize(DESKTOP);
    await ben.getByRole('button', { name: 'Add to cart' }).click();

    await ben.goto('/checkout');
    await ben.getByLabel('Full name').fill('Ben Climber');
    await ben.getByLabel('Street and number').fill('Leopoldstraße 8');
    await ben.getByLabel('Postcode').fill('80802');
    await ben.getByLabel('City').fill('München');
    await ben.getByRole('button', { name: 'Place order (test mode)' }).click();
    await ben.getByRole('heading', { name: /Thank you for your order/, level: 1 }).waitFor();
    const orderId = /\/orders\/([^/]+)\/confirmation$/.exec(new URL(ben.url()).pathname)![1];

    await ben.goto(`/orders/${orderId}`);
    await ben.getByRole('heading', { name: 'Used items on this order' }).waitFor();
    await ben.getByRole('button', { name: 'Open a claim' }).waitFor();
    await expectNoSeriousViolations(ben);
    await both(ben, 'resale-order');
    await ben.getByRole('button', { name: 'Confirm receipt' }).click();
    await ben.getByText('Settled: money released').waitFor();

    await chloe.goto('/account/selling');
    await chloe.getByRole('heading', { name: 'Your sales' }).waitFor();
    await chloe.getByText('Settled: money released').first().waitFor();
    await expectNoSeriousViolations(chloe);
    await both(chloe, 'resale-selling');
  }, 120_000);

  it('the brand manager sees the claims queue and the stolen-bike list, and imports a CSV', async () => {
    const maya = await shop.newPage();
    await logIn(maya, 'manager@ridgeline.example');
    await maya.goto('/manage/claims');
    await maya.getByRole('heading', { name: 'Claims', level: 1 }).waitFor();
    await expectNoSeriousViolations(maya);
    await both(maya, 'resale-claims');
    await maya.goto('/manage/stolen-bikes');
    await maya.getByRole('heading', { name: 'Stolen bikes', level: 1 }).waitFor();
    await maya.getByLabel('Or paste it here').fill(`serial,note\nE2E${Date.now().toString(36).toUpperCase()},test\n!!,bad\n`);
    await maya.getByRole('button', { name: 'Import' }).click();
    await maya.getByText('Line 3:').waitFor();
    await expectNoSeriousViolations(maya);
    await both(maya, 'resale-stolen-bikes');
  }, 60_000);
});
