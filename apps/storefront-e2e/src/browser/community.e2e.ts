import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, mainNav, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

/** Two members signing up, uploads and an accessibility scan on every page: far more than the default on a shared machine. */
const TIMEOUT = 300_000;

/** A photo of a bike at least 200 px wide (the upload's minimum), as a PNG or a JPEG. */
const photo = (background: string, format: 'png' | 'jpeg') => {
  const wheels = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><circle cx="250" cy="400" r="140" fill="none" stroke="#222" stroke-width="24"/><circle cx="560" cy="400" r="140" fill="none" stroke="#222" stroke-width="24"/><path d="M250 400 L380 220 L560 400 M380 220 L520 220" stroke="#222" stroke-width="18" fill="none"/></svg>',
  );
  const image = sharp({ create: { width: 800, height: 600, channels: 3, background } }).composite([{ input: wheels }]);
  return (format === 'png' ? image.png() : image.jpeg()).toBuffer();
};

/** Signs up through the header's "Sign up" link, as someone new to the site does; lands on their account page. */
async function signUp(page: Page, displayName: string, email: string): Promise<void> {
  page.setDefaultTimeout(60_000);
  await page.goto('/');
  await mainNav(page).getByRole('link', { name: 'Sign up' }).waitFor();
  await expectNoSeriousViolations(page);
  await mainNav(page).getByRole('link', { name: 'Sign up' }).click();
  await page.getByRole('heading', { name: 'Create your account', level: 1 }).waitFor();
  await expectNoSeriousViolations(page);
  await page.getByLabel('Display name').fill(displayName);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('community-all-day');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('heading', { name: `Hello, ${displayName}` }).waitFor();
  await expectNoSeriousViolations(page);
}

/**
 * The community as a new user meets it (issue 10's "Done when"): Rosa signs up and publishes a build
 * with two photos and a parts list; Theo signs up, follows her and finds the build in his Following
 * feed, supports it and comments; Rosa asks about a product, Theo (whom the brand manager made an
 * expert) answers with his badge and Rosa accepts the answer; a demo guide's "Add all to cart"
 * fills Rosa's cart. Every page visited is scanned for serious accessibility violations.
 */
describe('the community, from sign-up to a full cart', () => {
  const shop = useShopInBrowser();
  const build = 'Rosa’s rain-proof gravel commuter';
  const question = 'Does the 45 mm tyre fit a frame with 47 mm clearance?';
  let rosa: Page;
  let theo: Page;
  let buildPath = '';
  let questionPath = '';

  it('a new member publishes a build with two photos and a parts list', async () => {
    rosa = await shop.newPage();
    await signUp(rosa, 'Rosa Rouleur', 'rosa@riders.example');

    await rosa.goto('/community');
    await rosa.getByRole('heading', { name: 'Ride, build, share', level: 1 }).waitFor();
    await expectNoSeriousViolations(rosa);
    await rosa.getByRole('list', { name: 'Share something' }).getByRole('link', { name: /Share a build/ }).click();
    await rosa.getByRole('heading', { name: 'Share your build', level: 1 }).waitFor();
    await rosa.getByLabel('Title').fill(build);
    await rosa.getByLabel('Story').fill('Built for **wet winters**: wide tyres, full mudguards and a frame bag I sewed myself.');
    await rosa.getByLabel('Tags').fill('gravel, commuting');

    const photos = [
      { name: 'side.png', mimeType: 'image/png', buffer: await photo('#2f5d50', 'png'), alt: 'The commuter from the drive side' },
      { name: 'bag.jpg', mimeType: 'image/jpeg', buffer: await photo('#c4572e', 'jpeg'), alt: 'The handmade frame bag, close up' },
    ];
    for (const { alt, ...file } of photos) {
      await rosa.getByLabel('Add a photo').setInputFiles(file);
      await rosa.getByLabel('Describe the photo').fill(alt);
      await rosa.getByRole('button', { name: 'Add photo', exact: true }).click();
      await rosa.getByRole('button', { name: `Remove “${alt}”` }).waitFor();
    }

    const wheelset = rosa.locator('option', { hasText: 'Gravel Wheelset 700c' }).first();
    await wheelset.waitFor({ state: 'attached' });
    await rosa.getByLabel('Part 1 from the shop').selectOption((await wheelset.getAttribute('value'))!);
    await rosa.getByRole('button', { name: 'Add a part' }).click();
    await rosa.getByLabel('Name or note').nth(1).fill('Handmade frame bag');
    await expectNoSeriousViolations(rosa);
    await rosa.getByRole('button', { name: 'Publish build' }).click();

    await rosa.getByRole('heading', { name: build, level: 1 }).waitFor();
    buildPath = new URL(rosa.url()).pathname;
    expect(buildPath).toMatch(/^\/community\/builds\/[0-9a-f-]{36}$/);
    expect(await rosa.getByRole('list', { name: 'Photos' }).getByRole('button', { name: /^Show photo \d: / }).count()).toBe(2);
    await rosa.getByRole('button', { name: 'Show photo 2: The handmade frame bag, close up' }).waitFor();
    const parts = rosa.getByRole('region', { name: 'Parts list' });
    await parts.getByRole('link', { name: /Gravel Wheelset 700c/ }).waitFor();
    await parts.getByText('Handmade frame bag').waitFor();
    await parts.getByText('Not in the shop').waitFor();
    await expectNoSeriousViolations(rosa);
    await screenshot(rosa, 'community-flow-build');
  }, TIMEOUT);

  it('a second new member follows her, finds the build in the Following feed, supports it and comments', async () => {
    theo = await shop.newPage();
    await signUp(theo, 'Theo Tempo', 'theo@riders.example');

    // Nothing to follow yet: the Following tab is empty until he follows Rosa.
    await theo.goto('/community');
    await theo.getByRole('tab', { name: 'Following' }).click();
    await theo.waitForURL(/sort=following/);
    await theo.getByText('Nothing from the people you follow yet').waitFor();
    await expectNoSeriousViolations(theo);

    await theo.goto('/community/builds');
    await theo.getByRole('heading', { name: 'Builds', level: 1 }).waitFor();
    await expectNoSeriousViolations(theo);
    await theo.getByRole('link', { name: build }).first().click();
    await theo.getByRole('heading', { name: build, level: 1 }).waitFor();
    await expectNoSeriousViolations(theo);

    // Follow the builder from her profile.
    await theo.locator('.build-byline').getByRole('link', { name: 'Rosa Rouleur' }).click();
    await theo.getByRole('heading', { name: 'Rosa Rouleur', level: 1 }).waitFor();
    await theo.getByRole('button', { name: 'Follow Rosa Rouleur' }).click();
    const following = theo.getByRole('button', { name: 'Following Rosa Rouleur' });
    await following.waitFor();
    expect(await following.getAttribute('aria-pressed')).toBe('true');
    await theo.getByText('1 follower', { exact: true }).waitFor();
    await expectNoSeriousViolations(theo);

    // The build is in the feed of Rosa's followers (before Theo has touched the build itself).
    await theo.goto('/community');
    await theo.getByRole('tab', { name: 'Following' }).click();
    await theo.waitForURL(/sort=following/);
    await theo.getByRole('heading', { name: build }).waitFor();
    await expectNoSeriousViolations(theo);
    await screenshot(theo, 'community-flow-following');

    await theo.getByRole('link', { name: build }).first().click();
    await theo.getByRole('heading', { name: build, level: 1 }).waitFor();
    expect(new URL(theo.url()).pathname).toBe(buildPath);
    await theo.getByRole('button', { name: 'Support this build' }).click();
    await theo.getByRole('button', { name: /You support it/ }).waitFor();
    await theo.getByRole('complementary', { name: 'Support this build' }).getByText('1 supporter').waitFor();
    await theo.getByRole('textbox', { name: 'Add a comment' }).fill('That frame bag is **beautiful**. Which fabric did you use?');
    await theo.getByRole('button', { name: 'Post comment' }).click();
    await theo.getByRole('article', { name: 'Comment by Theo Tempo' }).getByText('beautiful').waitFor();
    await expectNoSeriousViolations(theo);

    // Rosa sees the support and the comment on her build.
    await rosa.goto(buildPath);
    await rosa.getByRole('article', { name: 'Comment by Theo Tempo' }).waitFor();
    await rosa.getByRole('complementary', { name: 'Support this build' }).getByText('1 supporter').waitFor();
    await expectNoSeriousViolations(rosa);
    await screenshot(rosa, 'community-flow-build-activity');
  }, TIMEOUT);

  it('a question on a product page gets an expert’s answer, and the asker accepts it', async () => {
    // The brand manager makes Theo an expert in Parts.
    const maya = await shop.newPage();
    maya.setDefaultTimeout(60_000);
    await logIn(maya, 'manager@ridgeline.example');
    await expectNoSeriousViolations(maya);
    await openManagePage(maya, 'Experts');
    await maya.getByRole('heading', { name: 'Category experts', level: 1 }).waitFor();
    await maya.getByLabel('Member').selectOption({ label: 'Theo Tempo (theo@riders.example)' });
    await maya.getByLabel('Category', { exact: true }).selectOption({ label: 'Parts' });
    await maya.getByRole('button', { name: 'Mark as expert' }).click();
    await maya.getByRole('row', { name: /Theo Tempo.*Parts/ }).waitFor();
    await expectNoSeriousViolations(maya);

    await rosa.goto('/products/ridgeline-tyre-45');
    await rosa.getByRole('heading', { name: 'Questions & answers' }).waitFor();
    await rosa.getByLabel('Your question').waitFor();
    await expectNoSeriousViolations(rosa);
    await rosa.getByLabel('Your question').fill(question);
    await rosa.getByLabel('Details (optional)').fill('My frame says **47 mm** max.');
    await rosa.getByRole('button', { name: 'Post question' }).click();
    await rosa.getByRole('link', { name: question }).click();
    await rosa.getByRole('heading', { name: question, level: 1 }).waitFor();
    questionPath = new URL(rosa.url()).pathname;
    await expectNoSeriousViolations(rosa);

    // Theo finds it under the product and answers, with his expert badge.
    await theo.goto('/products/ridgeline-tyre-45');
    await theo.getByRole('link', { name: question }).waitFor();
    await expectNoSeriousViolations(theo);
    await theo.getByRole('link', { name: question }).click();
    await theo.getByRole('heading', { name: question, level: 1 }).waitFor();
    await theo.getByLabel('Answer', { exact: true }).fill('Yes: it measures 46 mm on a 25 mm rim, so 0.5 mm a side. Tight but fine in the dry; skip mudguards.');
    await theo.getByRole('button', { name: 'Post answer' }).click();
    await theo.getByRole('listitem').filter({ hasText: 'Tight but fine in the dry' }).getByText('Expert in Parts').waitFor();
    await expectNoSeriousViolations(theo);

    await rosa.goto(questionPath);
    await rosa.getByRole('button', { name: 'Mark as the answer that helped' }).click();
    const accepted = rosa.getByRole('listitem', { name: 'The answer that helped' });
    await accepted.getByText('Expert in Parts').waitFor();
    await accepted.getByText('Tight but fine in the dry').waitFor();
    expect(await rosa.getByRole('button', { name: 'Mark as the answer that helped' }).count()).toBe(0);
    await expectNoSeriousViolations(rosa);
    await screenshot(rosa, 'community-flow-question');

    await rosa.goto('/products/ridgeline-tyre-45');
    const card = rosa.getByRole('listitem').filter({ hasText: question });
    await card.getByText('Answer that helped').waitFor();
    await card.getByText('Expert in Parts').waitFor();
    await expectNoSeriousViolations(rosa);
  }, TIMEOUT);

  it('"Add all to cart" on a guide fills the cart', async () => {
    await rosa.goto('/community/guides');
    await rosa.getByRole('heading', { name: 'Guides', level: 1 }).waitFor();
    await expectNoSeriousViolations(rosa);
    await rosa.getByRole('link', { name: 'Replace a worn chain' }).first().click();
    await rosa.getByRole('heading', { name: 'Replace a worn chain', level: 1 }).waitFor();
    await mainNav(rosa).getByRole('button', { name: 'Cart, 0 items' }).waitFor();
    await expectNoSeriousViolations(rosa);

    // Its tools and part from the shop: multi-tool, torque wrench and chain.
    await rosa.getByRole('complementary', { name: 'What you need' }).getByRole('button', { name: 'Add all to cart' }).click();
    // The toast, and the live region that announces it.
    await rosa.getByText('Added 3 items to your cart').first().waitFor();
    await mainNav(rosa).getByRole('button', { name: 'Cart, 3 items' }).waitFor();
    expect(await rosa.getByTestId('cart-count').textContent()).toBe('3');

    await rosa.goto('/cart');
    await rosa.getByRole('heading', { name: 'Your cart (3 items)', level: 1 }).waitFor();
    const main = rosa.getByRole('main');
    for (const product of ['Trailside Multi-tool', 'Torque Wrench 2-20 Nm', '12-speed Chain']) await main.getByText(product, { exact: false }).first().waitFor();
    await expectNoSeriousViolations(rosa);
    await screenshot(rosa, 'community-flow-cart');
  }, TIMEOUT);
});
