import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { screenshot } from '../support/browser';
import { logIn, openManagePage, useShopInBrowser } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
/** Each test signs in two or three people and scans every page it looks at: more than the default on a busy machine. */
const TIMEOUT = 240_000;

/** Screenshots at both widths, and no sideways scrolling on the phone. */
async function lookAt(page: Page, name: string): Promise<void> {
  await expectNoSeriousViolations(page);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

/**
 * Advice as members meet it: a brand manager marks a category expert; a rider asks on a product
 * page; the expert answers with a badge; the asker marks the answer that helped, and it leads the
 * thread and the product's "Questions & answers".
 */
describe('questions and answers', () => {
  const shop = useShopInBrowser();

  const question = 'Can the chain breaker handle 12-speed chains?';
  let questionUrl = '';

  it('lets a brand manager mark a category expert', async () => {
    const manager = await shop.newPage();
    await logIn(manager, 'manager@ridgeline.example');
    await openManagePage(manager, 'Experts');
    await manager.getByRole('heading', { name: 'Category experts', level: 1 }).waitFor();
    await manager.getByLabel('Member').selectOption({ label: 'Chloe Tourer (chloe@riders.example)' });
    await manager.getByLabel('Category', { exact: true }).selectOption({ label: 'Tools' });
    await manager.getByRole('button', { name: 'Mark as expert' }).click();
    await manager.getByRole('row', { name: /Chloe Tourer.*Tools/ }).waitFor();
    await lookAt(manager, 'advice-manage-experts');
  }, TIMEOUT);

  it('takes a question on a product page from a signed-in rider; a visitor is asked to log in', async () => {
    const visitor = await shop.newPage();
    await visitor.goto('/products/ridgeline-multitool');
    await visitor.getByRole('heading', { name: 'Questions & answers' }).waitFor();
    await visitor.getByRole('link', { name: 'Log in to ask' }).waitFor();

    const ana = await shop.newPage();
    await logIn(ana, 'ana@riders.example');
    await ana.goto('/products/ridgeline-multitool');
    await ana.getByLabel('Your question').fill(question);
    await ana.getByLabel('Details (optional)').fill('I ride a **12-speed** drivetrain.');
    await ana.getByRole('button', { name: 'Post question' }).click();
    await ana.getByRole('link', { name: question }).click();
    await ana.getByRole('heading', { name: question, level: 1 }).waitFor();
    questionUrl = ana.url();
  }, TIMEOUT);

  it('shows the expert’s badge on their answer, and the asker marks it as the one that helped', async () => {
    const chloe = await shop.newPage();
    await logIn(chloe, 'chloe@riders.example');
    await chloe.goto(questionUrl);
    await chloe.getByLabel('Answer', { exact: true }).fill('Yes: it takes 11- and 12-speed chains. Use a *new* quick link.');
    await chloe.getByRole('button', { name: 'Post answer' }).click();
    await chloe.getByRole('listitem').filter({ hasText: 'Use a new quick link' }).getByText('Expert in Tools').waitFor();

    const ana = await shop.newPage();
    await logIn(ana, 'ana@riders.example');
    await ana.goto(questionUrl);
    await ana.getByRole('button', { name: 'Mark as the answer that helped' }).click();
    await ana.getByRole('listitem', { name: 'The answer that helped' }).getByText('Expert in Tools').waitFor();
    expect(await ana.getByRole('button', { name: 'Mark as the answer that helped' }).count()).toBe(0);
    await lookAt(ana, 'advice-question');
  }, TIMEOUT);

  it('leads the product’s questions with the answer that helped', async () => {
    const visitor = await shop.newPage();
    await visitor.goto('/products/ridgeline-multitool');
    await visitor.getByRole('listitem').filter({ hasText: question }).getByText('Answer that helped').waitFor();
    await lookAt(visitor, 'advice-product-questions');

    // The demo's answered questions, with vendors' and brand staff's badges.
    await visitor.goto('/products/tourer-steel');
    await visitor.getByRole('link', { name: /front rack/ }).click();
    await visitor.getByText('Brand staff').first().waitFor();
    await lookAt(visitor, 'advice-demo-question');
  }, TIMEOUT);

  it('lets a rider post progress asking for advice, and edit it', async () => {
    const ana = await shop.newPage();
    await logIn(ana, 'ana@riders.example');
    await ana.goto('/community/updates/new');
    await ana.getByRole('heading', { name: 'Post progress on your project', level: 1 }).waitFor();
    await ana.getByLabel('Title').fill('Winter commuter: mudguards fitted');
    await ana.getByLabel('What you did, what is next').fill('Next: lights. Dynamo or battery?');
    await ana.getByLabel('Ask the community for advice (others can answer)').check();
    await lookAt(ana, 'advice-update-form');
    await ana.getByRole('button', { name: 'Publish' }).click();
    await ana.getByRole('heading', { name: 'Winter commuter: mudguards fitted', level: 1 }).waitFor();
    await ana.getByText('Asks for advice').waitFor();
    await ana.getByRole('link', { name: 'Edit' }).click();
    await ana.getByLabel('Title').fill('Winter commuter: mudguards and lights');
    await ana.getByRole('button', { name: 'Save changes' }).click();
    await ana.getByRole('heading', { name: 'Winter commuter: mudguards and lights', level: 1 }).waitFor();
    await lookAt(ana, 'advice-update');
  }, TIMEOUT);
});
