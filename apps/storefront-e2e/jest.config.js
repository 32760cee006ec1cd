// Browser end-to-end tests: the built platform (`npm run build`) started as a real process on its own
// database, driven by playwright-core in Debian's Chromium.
import { swcOptions } from '../../scripts/swc-options.mjs';

export default {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/storefront-e2e/src/**/*.e2e.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleNameMapper: { '^@flagship/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
  // Checks for a browser first: one message on how to get one, rather than every browser test failing.
  globalSetup: '<rootDir>/apps/storefront-e2e/src/support/global-setup.ts',
  maxWorkers: 1,
  testTimeout: 90_000,
};
