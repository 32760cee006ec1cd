import { spawnSync } from 'node:child_process';

/** This Jest configuration run with `args`, on a machine whose browser path leads nowhere. */
function e2eTestsWithoutBrowser(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '-c', 'apps/storefront-e2e/jest.config.js', ...args],
    { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8', timeout: 80_000 },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * `npm test` on a machine without Chromium: the browser tests' setup says once how to get one and
 * stops, instead of each browser test failing on its own; the tests that need no browser (these, in
 * src/processes) run all the same. Run here with a browser path that does not exist.
 */
describe('the end-to-end tests without a browser', () => {
  it('stop the browser tests before any of them with one message on how to get Chromium', () => {
    const { status, output } = e2eTestsWithoutBrowser('--selectProjects', 'browser');

    expect(status).toBe(1);
    expect(output.match(/The browser tests need Chromium/g)).toHaveLength(1);
    expect(output).toContain(
      'The browser tests need Chromium: CHROMIUM_PATH is /nonexistent/chromium, which does not exist. ' +
        "Install it with `apt-get install chromium` (Debian), or Playwright's own with `npx playwright-core install --with-deps chromium` " +
        '(found without CHROMIUM_PATH), or set CHROMIUM_PATH to a Chromium or Chrome.',
    );
    // Nothing ran: no test passed or failed, and no stack trace.
    expect(output).not.toMatch(/✓|✕|Tests:|\n\s+at /);
  });

  it('run the tests that need no browser', () => {
    const { status, output } = e2eTestsWithoutBrowser('apps/storefront-e2e/src/processes/cli.e2e.ts');

    expect(output).not.toContain('The browser tests need Chromium');
    expect(output).toMatch(/\nTests: +1 passed, 1 total\n/);
    expect(status).toBe(0);
  });
});
