import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/accessibility';
import { launchBrowser, screenshot } from '../support/browser';
import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from '../support/platform-server';
import { logIn } from '../support/shop-in-browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/**
 * The community feed as a rider meets it: the home with its invitation to share, tabs and kind chips,
 * a kind's listing, the Following tab once signed in, and a member's contributions on their profile.
 * The kinds' own pages are other features: contributions are inserted as rows here (published and a
 * draft), and follows as the interactions feature would write them.
 */
describe('community feed', () => {
  let home: PlatformHome;
  let server: PlatformServer;
  let browser: Browser;
  const ids: Record<string, string> = {};

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: DESKTOP });
    return context.newPage();
  }

  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home);
    browser = await launchBrowser();
    const url = home.env.DATABASE_URL ?? `postgres://postgres:flagship-embedded@127.0.0.1:${home.env.EMBEDDED_POSTGRES_PORT}/flagship`;
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string; email: string }>(`SELECT id, email FROM account WHERE email IN ('ana@riders.example', 'ben@riders.example')`);
      const ana = rows.find((r) => r.email.startsWith('ana'))!.id;
      const ben = rows.find((r) => r.email.startsWith('ben'))!.id;
      ids.ana = ana;
      const insert = async (author: string, kind: string, title: string, status: string, hoursAgo: number) =>
        (
          await db.query<{ id: string }>(
            `INSERT INTO contribution (kind, author_id, title, body, tags, status, published_at, reaction_count)
             VALUES ($1, $2, $3, 'Told in **Markdown**.', '{gravel}', $4::contribution_status, CASE WHEN $4::contribution_status = 'PUBLISHED' THEN now() - make_interval(hours => $5::int) END, 3) RETURNING id`,
            [kind, author, title, status, hoursAgo],
          )
        ).rows[0].id;
      // Newer than everything the demo published, so they lead the first page (Ana's first).
      await insert(ana, 'BUILD', 'Ana’s steel gravel build', 'PUBLISHED', -2);
      await insert(ana, 'BUILD', 'Ana’s unfinished draft', 'DRAFT', 0);
      await insert(ben, 'GUIDE', 'Ben’s tubeless guide', 'PUBLISHED', -1);
      // The demo riders may follow each other already.
      await db.query(`INSERT INTO follow (follower_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [ana, ben]);
    } finally {
      await db.end();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await home?.cleanup();
  });

  it('is rendered on the server with the latest published contributions, never a draft', async () => {
    const html = await fetch(`${server.baseUrl}/community`).then((r) => r.text());
    expect(html).toContain('Ana’s steel gravel build');
    expect(html).toContain('Ben’s tubeless guide');
    expect(html).not.toContain('Ana’s unfinished draft');
    expect(html).toMatch(/<title>Community · /);
  });

  it('invites a visitor to share, filters by kind and orders by trending', async () => {
    const page = await newPage();
    await page.goto('/community');
    await page.getByRole('heading', { name: 'Ride, build, share', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: /Share a build/ }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Following' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Ana’s steel gravel build' }).count()).toBe(1);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'community-feed-desktop');

    await page.getByRole('navigation', { name: 'Show one kind' }).getByRole('link', { name: 'Guides' }).click();
    await page.waitForURL(/kind=guide/);
    await page.getByRole('heading', { name: 'Ben’s tubeless guide' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Ana’s steel gravel build' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Trending' }).click();
    await page.waitForURL(/sort=trending/);
    await page.getByRole('heading', { name: 'Ben’s tubeless guide' }).waitFor();

    await page.setViewportSize(PHONE);
    await page.goto('/community');
    await page.getByRole('heading', { name: 'Ana’s steel gravel build' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'community-feed-phone');
  });

  it('lists one kind with its "Share a …" action', async () => {
    const page = await newPage();
    await page.goto('/community/builds');
    await page.getByRole('heading', { name: 'Builds', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Share a build' }).count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Ana’s steel gravel build' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Ben’s tubeless guide' }).count()).toBe(0);
    await expectNoSeriousViolations(page);
  });

  it('shows a signed-in rider what the members they follow shared, and a member’s contributions on their profile', async () => {
    const page = await newPage();
    await logIn(page, 'ana@riders.example');
    await page.goto('/community');
    await page.getByRole('tab', { name: 'Following' }).click();
    await page.waitForURL(/sort=following/);
    await page.getByRole('heading', { name: 'Ben’s tubeless guide' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Ana’s steel gravel build' }).count()).toBe(0);
    await expectNoSeriousViolations(page);

    await page.goto(`/members/${ids.ana}`);
    await page.getByRole('heading', { name: 'Contributions', level: 2 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Ana’s steel gravel build' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Ana’s unfinished draft' }).count()).toBe(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'member-contributions-desktop');
  });
});
