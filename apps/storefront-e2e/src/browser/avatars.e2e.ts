import sharp from 'sharp';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };

/**
 * A member's picture as they set it: uploaded on the account page (cut square by the API), shown on
 * their public profile, refused with a sentence when the file is no image, removed after a confirmation.
 */
describe('member pictures', () => {
  const shop = useShopInBrowser();

  it('lets a rider change, see and remove their picture, saying why a file is refused', async () => {
    const page = await shop.newPage();
    await logIn(page, 'ben@riders.example');
    const editor = page.locator('.avatar-editor');
    const demoPicture = await editor.locator('img').getAttribute('src');
    expect(demoPicture).toMatch(/^\/media\/uploads\/.+\/320\.webp$/);

    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3f6fb5' } }).jpeg().toBuffer();
    await page.getByLabel('Profile picture').setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByText('Picture updated', { exact: true }).waitFor();
    const newPicture = await editor.locator('img').getAttribute('src');
    expect(newPicture).not.toBe(demoPicture);
    await expectNoSeriousViolations(page);

    await page.getByLabel('Profile picture').setInputFiles({ name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo') });
    expect(await editor.getByRole('alert').textContent()).toBe('Upload a JPEG, PNG or WebP image');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'account-avatar-refused-phone');

    await page.getByRole('link', { name: 'your profile' }).click();
    await page.getByRole('heading', { name: 'Ben Climber', level: 1, exact: true }).waitFor();
    expect(await page.locator('.member-profile-header img').getAttribute('src')).toBe(newPicture);
    await screenshot(page, 'member-profile-avatar-phone');
    await page.goBack();

    await editor.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove picture' }).click();
    await page.getByText('Picture removed', { exact: true }).waitFor();
    expect(await editor.locator('img').count()).toBe(0);
    expect(await editor.getByRole('button', { name: 'Upload a picture' }).count()).toBe(1);
  });
});
