// End-to-end tests: the built platform (`npm run build`) started as a real process on its own
// database. Two projects: `processes` (src/processes) runs it without a browser (command line, logs,
// restarts, replicas, serving); `browser` (src/browser) drives it with playwright-core in Debian's
// Chromium. Only the browser project checks for a browser first (Jest runs a project's global setup
// only when one of its tests runs), so `npm run test:e2e` runs the two one after the other: the
// process tests run on a machine without Chromium, and the browser tests then stop with one message.
import { fileURLToPath } from 'node:url';
import { swcOptions } from '../../scripts/swc-options.mjs';

// Absolute: a project's relative rootDir would be read from the working directory, not this file.
const rootDir = fileURLToPath(new URL('../..', import.meta.url));

const project = {
  rootDir,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleNameMapper: { '^@flagship/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
};

export default {
  projects: [
    { ...project, displayName: 'processes', testMatch: ['<rootDir>/apps/storefront-e2e/src/processes/**/*.e2e.ts'] },
    {
      ...project,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/storefront-e2e/src/browser/**/*.e2e.ts'],
      // Checks for a browser first: one message on how to get one, rather than every browser test failing.
      globalSetup: '<rootDir>/apps/storefront-e2e/src/support/global-setup.ts',
    },
  ],
  maxWorkers: 1,
  testTimeout: 90_000,
};
