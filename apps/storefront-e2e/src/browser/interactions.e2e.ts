import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { launchBrowser, screenshot } from '../support/browser';
import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from '../support/platform-server';
import { logIn } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/**
 * Taking part in a contribution as members do: react, follow, save, comment and reply, on the
 * generic contribution page (each kind's page shows the same ContributionActivity), and the saved
 * collection on the account. The contribution is written straight into the platform's database: the
 * kinds' create pages make them in their own tests.
 */
describe('comments, reactions, follows and saved collections in the browser', () => {
  let home: PlatformHome;
  let server: PlatformServer;
  let browser: Browser;
  let contributionId: string;

  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home);
    browser = await launchBrowser();
    const client = new pg.Client({ connectionString: home.env.DATABASE_URL ?? `postgres://postgres:flagship-embedded@127.0.0.1:${home.env.EMBEDDED_POSTGRES_PORT}/flagship` });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO contribution (kind, author_id, title, body, status, published_at)
       SELECT 'BUILD', id, 'Ben’s bikepacking gravel build', 'Built for **long weekends**: 45 mm tyres, frame bag and a dynamo light.', 'PUBLISHED', now()
         FROM account WHERE email = 'ben@riders.example' RETURNING id`,
    );
    contributionId = rows[0].id;
    await client.end();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await home?.cleanup();
  });

  const newPage = async (): Promise<Page> => (await browser.newContext({ baseURL: server.baseUrl, viewport: DESKTOP })).newPage();

  it('lets a visitor read, and a member react, follow, save, comment; the author replies', async () => {
    const visitor = await newPage();
    await visitor.goto(`/community/contributions/${contributionId}`);
    await visitor.getByRole('heading', { name: 'Ben’s bikepacking gravel build', level: 1 }).waitFor();
    await visitor.getByText('to join the conversation').waitFor();
    expect(await visitor.getByRole('button', { name: /^Like/ }).count()).toBe(0);

    const ana = await newPage();
    await logIn(ana, 'ana@riders.example');
    await ana.goto(`/community/contributions/${contributionId}`);
    await ana.getByRole('button', { name: 'Like, 0 members' }).click();
    await ana.getByRole('button', { name: 'Like, 1 member' }).waitFor();
    expect(await ana.getByRole('button', { name: 'Like, 1 member' }).getAttribute('aria-pressed')).toBe('true');
    await ana.getByRole('button', { name: 'Follow', exact: true }).click();
    await ana.getByRole('button', { name: 'Following' }).waitFor();
    await ana.getByRole('button', { name: 'Save', exact: true }).click();
    await ana.getByText('Saved to “Saved”', { exact: true }).waitFor();
    await ana.getByRole('textbox', { name: 'Add a comment' }).fill('Which **tyres** are these? <script>window.hacked = 1</script>');
    await ana.getByRole('button', { name: 'Post comment' }).click();
    await ana.getByRole('article', { name: 'Comment by Ana Rider' }).waitFor();
    expect(await ana.locator('.comment-body strong').first().textContent()).toBe('tyres');
    expect(await ana.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

    const ben = await newPage();
    await logIn(ben, 'ben@riders.example');
    await ben.goto(`/community/contributions/${contributionId}`);
    await ben.getByRole('button', { name: 'Reply to Ana Rider' }).click();
    await ben.getByRole('textbox', { name: 'Reply to Ana Rider' }).fill('45 mm slicks, _very_ comfy.');
    await ben.getByRole('button', { name: 'Post reply' }).click();
    await ben.getByRole('list', { name: 'Replies to Ana Rider' }).getByRole('article', { name: 'Comment by Ben Climber' }).waitFor();

    await ana.reload();
    await ana.getByRole('article', { name: 'Comment by Ben Climber' }).waitFor();
    await expectNoSeriousViolations(ana);
    await screenshot(ana, 'contribution-activity-desktop');
    await ana.setViewportSize(PHONE);
    await screenshot(ana, 'contribution-activity-phone');
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Ana's "Saved" collection holds it; she makes it public and a visitor can open it.
    await ana.setViewportSize(DESKTOP);
    await ana.goto('/account/collections');
    // Her demo "Saved" holds a few things already.
    await ana.getByRole('link', { name: /^Saved\s+\d+ items?/ }).click();
    await ana.getByRole('heading', { name: 'Saved', level: 1, exact: true }).waitFor();
    await ana.getByRole('link', { name: /Ben’s bikepacking gravel build/ }).waitFor();
    await ana.getByRole('button', { name: 'Make public' }).click();
    await ana.getByRole('button', { name: 'Make private' }).waitFor();
    await expectNoSeriousViolations(ana);
    await screenshot(ana, 'collection-desktop');
    await ana.setViewportSize(PHONE);
    await screenshot(ana, 'collection-phone');
    expect(await ana.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const collectionUrl = ana.url();
    await visitor.goto(collectionUrl);
    await visitor.getByText('Collected by Ana Rider').waitFor();

    await ana.setViewportSize(DESKTOP);
    await ana.goto('/account/collections');
    await ana.getByLabel('Name').fill('Winter builds');
    await ana.getByRole('button', { name: 'Create' }).click();
    await ana.getByRole('link', { name: /Winter builds\s+0 items/ }).waitFor();
    await expectNoSeriousViolations(ana);
    await screenshot(ana, 'collections-desktop');
    await ana.setViewportSize(PHONE);
    await screenshot(ana, 'collections-phone');
  }, 180_000);
});
