import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { createPlatformHome, startPlatform, type PlatformHome, type PlatformServer } from '../support/platform-server';
import { api } from '../support/shop-api';
import { logIn } from '../support/shop-in-browser';
import { XSS_PAYLOADS } from '../support/xss-payloads';

/**
 * Stored XSS, end to end: each payload of the corpus is saved where members write Markdown (a build's
 * story, a comment, a bio), then the pages that show them are opened in Chromium. The page defines
 * `__xssProbe` before any script of its own; a payload that ran would call it. The browser context
 * ignores the platform's Content Security Policy (`bypassCSP`), so what is proven is the sanitiser,
 * not the CSP behind it. Besides the probe, what the pages show of the members' text is read back: no
 * element or attribute that could run code, no link to anything but http(s) or mailto.
 */
describe('Markdown members write renders inert', () => {
  let home: PlatformHome;
  let server: PlatformServer;
  let browser: Browser;

  beforeAll(async () => {
    home = await createPlatformHome();
    server = await startPlatform(home);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await home?.cleanup();
  });

  /** Every call of the probe from any page, across navigations. */
  const calls: string[] = [];

  async function probedPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await context.exposeBinding('__xssProbe', ({ page }) => {
      calls.push(page.url());
    });
    return context.newPage();
  }

  /** What a browser could act on inside the members' text on the page. */
  async function activeContent(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const found: string[] = [];
      for (const container of Array.from(document.querySelectorAll('.markdown-body'))) {
        for (const element of Array.from(container.querySelectorAll('*'))) {
          const tag = element.tagName.toLowerCase();
          if (['script', 'iframe', 'object', 'embed', 'img', 'svg', 'math', 'style', 'form', 'input', 'button', 'meta', 'link', 'base', 'template', 'details'].includes(tag)) found.push(`<${tag}>`);
          for (const attribute of Array.from(element.attributes)) {
            if (/^on/i.test(attribute.name) || attribute.name === 'style' || attribute.name === 'srcdoc') found.push(`${tag}[${attribute.name}]`);
            if (['href', 'src', 'action', 'data', 'formaction'].includes(attribute.name) && !/^(https?:|mailto:)/i.test(attribute.value.trim())) found.push(`${tag}[${attribute.name}=${attribute.value}]`);
          }
        }
      }
      return found;
    });
  }

  it(`keeps all ${XSS_PAYLOADS.length} payloads inert as a build story, a comment and a bio`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const author = await probedPage();
    await logIn(author, 'ana@riders.example');
    const { me } = await api<{ me: { id: string } }>(author, `{ me { id } }`);
    const reader = await probedPage();
    const failures: string[] = [];
    let shown = 0;

    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const { createBuild } = await api<{ createBuild: { id: string } }>(author, `mutation($input: CreateBuildInput!) { createBuild(input: $input) { id } }`, {
        input: { title: `Payload ${index + 1}`, body: `Before the payload.\n\n${payload}\n\nAfter the payload.`, publish: true },
      });
      await api(author, `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`, { input: { contributionId: createBuild.id, body: `Comment: ${payload}` } });
      await api(author, `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`, { input: { bio: payload.slice(0, 280) } });

      for (const [url, wait] of [
        [`/community/builds/${createBuild.id}`, 'Before the payload.'],
        [`/members/${me.id}`, null],
      ] as const) {
        await reader.goto(url);
        await reader.getByRole('heading', { level: 1 }).first().waitFor();
        if (wait) await reader.getByText(wait).first().waitFor();
        // The comments load after the page: wait for the one under the build.
        if (url.startsWith('/community/builds')) await reader.getByText(/^Comment:/).first().waitFor();
        await reader.waitForLoadState('networkidle');
        // Hover and focus everything the members wrote, in case a handler waits for it.
        for (const element of await reader.locator('.markdown-body *').all()) {
          await element.hover({ timeout: 500 }).catch(() => undefined);
        }
        const active = await activeContent(reader);
        if (active.length) failures.push(`${url} with payload ${index + 1} (${payload}): ${active.join(', ')}`);
        shown += await reader.locator('.markdown-body').count();
      }
    }

    // The probe works: a page that calls it is heard (so silence above means nothing ran).
    expect(calls).toEqual([]);
    await reader.evaluate(() => (window as unknown as { __xssProbe: () => Promise<void> }).__xssProbe());
    expect(calls).toEqual([expect.stringContaining('/members/')]);
    expect(failures).toEqual([]);
    // Story, comment and bio were each shown for every payload (a blank page would prove nothing).
    expect(shown).toBeGreaterThanOrEqual(XSS_PAYLOADS.length * 3);
  }, 900_000);
});
