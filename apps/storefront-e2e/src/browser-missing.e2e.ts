import { spawnSync } from 'node:child_process';

/**
 * `npm test` on a machine without Chromium: the browser tests' setup says once how to get one and
 * stops, instead of each browser test failing on its own. Run here with a browser path that does not exist.
 */
describe('the browser tests without a browser', () => {
  it('stop before any test with one message on how to get Chromium', () => {
    const run = spawnSync(
      process.execPath,
      ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '-c', 'apps/storefront-e2e/jest.config.js', 'apps/storefront-e2e/src/catalog.e2e.ts'],
      { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8', timeout: 60_000 },
    );
    const output = `${run.stdout}${run.stderr}`;

    expect(run.status).toBe(1);
    expect(output.match(/The browser tests need Chromium/g)).toHaveLength(1);
    expect(output).toContain(
      'The browser tests need Chromium: CHROMIUM_PATH is /nonexistent/chromium, which does not exist. ' +
        "Install it with `apt-get install chromium` (Debian), or Playwright's own with `npx playwright-core install --with-deps chromium` " +
        '(found without CHROMIUM_PATH), or set CHROMIUM_PATH to a Chromium or Chrome.',
    );
    // Nothing ran: no test passed or failed, and no stack trace.
    expect(output).not.toMatch(/✓|✕|Tests:|\n\s+at /);
  });
});
