// Relative imports: Jest loads global setup outside its module system, so path aliases do not apply.
import { browserPath, howToGetABrowser, launchBrowser } from './browser';

/**
 * Before any browser test: is there a Chromium, and does it start? Without one the run stops here
 * with one message saying how to get it, instead of every browser test failing on its own.
 */
export default async function globalSetup(): Promise<void> {
  const found = browserPath();
  let problem: string | undefined; // none found: howToGetABrowser says what was looked for
  if (found) {
    try {
      await (await launchBrowser()).close();
      return;
    } catch (error) {
      problem = `${found} did not start (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`;
    }
  }
  // Said once, without a stack trace: what is missing is on the machine, not in the tests.
  process.stderr.write(`\n${howToGetABrowser(problem)}\n\n`);
  process.exit(1);
}
