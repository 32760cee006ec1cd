import sharp from 'sharp';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

/** A photo as a phone would send it: a JPEG, larger than the widest variant. */
const photo = () =>
  sharp({ create: { width: 1800, height: 1350, channels: 3, background: '#2f5d50' } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="1350"><circle cx="900" cy="675" r="420" fill="#c4572e"/></svg>') }])
    .jpeg()
    .toBuffer();

/** Product photos: the demo's drawings everywhere a product shows, and a manager's own photos on the edit page. */
describe('product photos', () => {
  const shop = useShopInBrowser();

  it('shows every product with its picture (srcset, size, lazy below the fold) and the home hero, and no letter tiles', async () => {
    const page = await shop.newPage();
    await page.goto('/');
    const hero = page.locator('.brand-hero-image');
    await hero.waitFor();
    expect(await hero.getAttribute('fetchpriority')).toBe('high');
    expect(await hero.getAttribute('loading')).toBe('eager');
    await page.locator('.product-card img').first().waitFor();
    const cards = page.locator('.product-card');
    const images = page.locator('.product-card img');
    expect(await images.count()).toBe(await cards.count());
    for (const attribute of ['srcset', 'width', 'height', 'alt']) expect(await images.first().getAttribute(attribute)).toBeTruthy();
    expect(await images.first().getAttribute('loading')).toBe('lazy');
    expect(await page.locator('.product-art').count()).toBe(0);
    await page.goto('/shop');
    await page.getByText('Showing 12 products').waitFor();
    expect(await page.locator('.product-card img').count()).toBe(12);
    await expectNoSeriousViolations(page);
  });

  it('lets the brand manager add a photo with its description on the edit page, make it the main photo and reorder by keyboard; shoppers see it', async () => {
    const manager = await shop.newPage();
    await logIn(manager, 'manager@ridgeline.example');
    await manager.goto('/manage/products/ridgeline-multitool/edit');
    const photos = manager.getByRole('region', { name: 'Photos' });
    const list = photos.getByRole('list').first();
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('listitem').count()).toBe(2);

    // The description is required: said beside its field.
    const upload = manager.getByRole('form', { name: 'Add a photo of Trailside Multi-tool' });
    await upload.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'on-the-trail.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await upload.getByRole('button', { name: 'Add photo' }).click();
    await upload.getByText('Describe the photo for people who cannot see it').waitFor();
    expect(await upload.getByLabel('Describe the photo').getAttribute('aria-invalid')).toBe('true');
    await upload.getByLabel('Describe the photo').fill('The multi-tool on a trail map');
    await upload.getByRole('button', { name: 'Add photo' }).click();
    await list.getByRole('listitem', { name: 'Photo 3 of 3: The multi-tool on a trail map' }).waitFor();
    await expectNoSeriousViolations(manager);

    await photos.getByRole('button', { name: /^Make main photo\W+The multi-tool on a trail map$/ }).click();
    await list.getByRole('listitem', { name: 'Photo 1 of 3: The multi-tool on a trail map' }).waitFor();
    // By keyboard: the second photo moves down.
    // (A visually hidden part of a button's name is a separate block to the accessible name: "Move down : …".)
    const second = list.getByRole('listitem').nth(1);
    const secondAlt = (await second.getAttribute('aria-label'))!.replace(/^Photo 2 of 3: /, '');
    await photos.getByRole('button', { name: new RegExp(`^Move down\\W+${secondAlt}$`) }).focus();
    await manager.keyboard.press('Enter');
    await list.getByRole('listitem', { name: `Photo 3 of 3: ${secondAlt}` }).waitFor();
    await screenshot(manager, 'manage-product-photos');

    // Removing asks first.
    await photos.getByRole('button', { name: new RegExp(`^Remove photo\\W+${secondAlt}$`) }).click();
    const confirm = manager.getByRole('alertdialog', { name: 'Remove this photo?' });
    await confirm.getByRole('button', { name: 'Remove photo' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await list.getByRole('listitem').count()).toBe(2);

    const shopper = await shop.newPage();
    await shopper.goto('/products/ridgeline-multitool');
    const main = shopper.getByRole('img', { name: 'The multi-tool on a trail map' });
    await main.waitFor();
    expect(await main.getAttribute('srcset')).toMatch(/1600\.webp 1600w$/);
    expect([await main.getAttribute('width'), await main.getAttribute('height')]).toEqual(['1600', '1200']);
    await shopper.waitForFunction(() => (document.querySelector('.product-gallery img') as HTMLImageElement | null)?.naturalWidth ?? 0 > 0);
    await screenshot(shopper, 'product-with-photos');
    await shopper.setViewportSize({ width: 390, height: 844 });
    await screenshot(shopper, 'product-with-photos-phone');
  });
});
