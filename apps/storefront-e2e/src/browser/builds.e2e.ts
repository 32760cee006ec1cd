import sharp from 'sharp';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

const photo = (colour: string) =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><circle cx="380" cy="600" r="200" fill="none" stroke="#222" stroke-width="30"/><circle cx="840" cy="600" r="200" fill="none" stroke="#222" stroke-width="30"/></svg>') }])
    .jpeg()
    .toBuffer();

/**
 * Builds as members meet them: Ana shares one with two photos and a parts list from the shop; Ben
 * supports it; the parts go into the cart at once; Maya sees the demo's build waiting for review.
 */
describe('community builds', () => {
  const shop = useShopInBrowser();

  it('a rider publishes a build with photos and parts, another supports it, and its parts fill the cart', async () => {
    const ana = await shop.newPage();
    await logIn(ana, 'ana@riders.example');
    await ana.goto('/community/builds/new');
    await ana.getByRole('heading', { name: 'Share your build' }).waitFor();
    await ana.getByLabel('Title').fill('Forest green commuter');
    await ana.getByLabel('Story').fill('Built for **rain**: mudguards and a chain guard.');
    await ana.getByLabel('Tags').fill('city, rain');
    for (const [i, colour] of ['#2f5d50', '#c4572e'].entries()) {
      await ana.getByLabel('Add a photo').setInputFiles({ name: `bike-${i}.jpg`, mimeType: 'image/jpeg', buffer: await photo(colour) });
      await ana.getByLabel('Describe the photo').fill(`My commuter, photo ${i + 1}`);
      await ana.getByRole('button', { name: 'Add photo', exact: true }).click();
      await ana.getByRole('button', { name: `Remove “My commuter, photo ${i + 1}”` }).waitFor();
    }
    const chain = ana.locator('option', { hasText: '12-speed Chain' }).first();
    await chain.waitFor({ state: 'attached' });
    await ana.getByLabel('Part 1 from the shop').selectOption((await chain.getAttribute('value'))!);
    await ana.getByRole('button', { name: 'Add a part' }).click();
    await ana.getByLabel('Name or note').nth(1).fill('Handmade chain guard');
    await expectNoSeriousViolations(ana);
    await screenshot(ana, 'build-form-desktop');
    await ana.getByRole('button', { name: 'Publish build' }).click();

    await ana.getByRole('heading', { name: 'Forest green commuter', level: 1 }).waitFor();
    const url = ana.url();
    expect(await ana.getByText('Handmade chain guard').count()).toBe(1);
    expect(await ana.getByRole('button', { name: 'Support this build' }).count()).toBe(0);

    const ben = await shop.newPage();
    await logIn(ben, 'ben@riders.example');
    await ben.goto(url);
    await ben.getByRole('heading', { name: 'Forest green commuter', level: 1 }).waitFor();
    await ben.getByRole('button', { name: 'Support this build' }).click();
    await ben.getByRole('button', { name: /You support it/ }).waitFor();
    await expectNoSeriousViolations(ben);
    await ben.setViewportSize(DESKTOP);
    await screenshot(ben, 'build-page-desktop');
    await ben.setViewportSize(PHONE);
    await screenshot(ben, 'build-page-phone');
    expect(await ben.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await ben.getByRole('button', { name: 'Add all parts to cart' }).click();
    await ben.getByText('The parts are in your cart', { exact: true }).waitFor();
    // Two members, two uploads and three accessibility scans: longer than one page's check on a shared machine.
  }, 180_000);

  it('shows the brand manager the build waiting for review', async () => {
    const maya = await shop.newPage();
    await logIn(maya, 'manager@ridgeline.example');
    await maya.goto('/manage/builds');
    await maya.getByRole('heading', { name: 'Build review', level: 1 }).waitFor();
    await maya.getByRole('link', { name: 'Harbour blue expedition tourer' }).waitFor();
    await expectNoSeriousViolations(maya);
    await maya.setViewportSize(DESKTOP);
    await screenshot(maya, 'build-review-desktop');
    await maya.setViewportSize(PHONE);
    await screenshot(maya, 'build-review-phone');
  });
});
