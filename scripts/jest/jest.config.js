// Unit and integration tests (ESM mode: NestJS 12 ships as ES modules only; see
// docs/decisions/0002-esm-build-and-jest.md). Integration tests run against a real PostgreSQL: the
// global setup starts an embedded one (or uses DATABASE_URL) and migrates a template database that
// every test file clones into its own database.
import { swcOptions } from '../swc-options.mjs';

export default {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/api/**/*.spec.ts', '<rootDir>/libs/*/src/**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleNameMapper: { '^@flagship/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
  globalSetup: '<rootDir>/scripts/jest/global-setup.ts',
  globalTeardown: '<rootDir>/scripts/jest/global-teardown.ts',
  setupFiles: ['<rootDir>/scripts/jest/setup-file.ts'],
  maxWorkers: 2,
  testTimeout: 30_000,
};
